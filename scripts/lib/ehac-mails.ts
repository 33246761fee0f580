/**
 * Mails as passengers wrote them on 19 December 2020 about the e-HAC outage at Soekarno-Hatta's Terminal 3, for
 * the surge test and the classification benchmark: written for them, not drawn from the training corpus.
 */
const BODIES = [
  "Selamat pagi, saya sudah mengisi e-HAC di rumah tapi di {t} scanner tidak bisa membaca QR code. Petugas bilang server Kemenkes sedang down dan kami disuruh isi kartu kewaspadaan kesehatan di kertas lagi. Antreannya panjang sekali.",
  "Tolong Ombudsman, di {t} ribuan penumpang menumpuk karena aplikasi e-HAC error. Kami harus mengisi formulir manual, tidak ada jaga jarak sama sekali di tengah pandemi.",
  "e-HAC tidak bisa dibuka sejak subuh. Saya di {t} sudah antre 2 jam untuk validasi, pesawat saya hampir berangkat.",
  "min ehac down lg ya? di {t} antri parah bgt, disuruh isi kertas HAC manual padahal udh isi online",
  "Dear Ombudsman, the e-HAC health alert card system is down at {t}. Everyone who filled it in online has to fill a paper form again and the queue is huge.",
  "Server HAC kemenkes mati, QR ga bisa discan di {t}, penumpang berdesakan di depan meja pemeriksaan kesehatan",
  "Saya ingin melaporkan kekacauan di {t} pagi ini: sistem e-HAC gangguan, petugas kewalahan, penumpang lansia berdiri berjam-jam tanpa kursi.",
  "Kartu kewaspadaan kesehatan elektronik tidak bisa diverifikasi di {t}. Katanya jaringan ke server e-HAC putus. Kenapa tidak ada rencana cadangan?",
  "Antrean validasi e-HAC di {t} mengular sampai pintu masuk, banyak yang ketinggalan pesawat. Mohon dievaluasi.",
  "aplikasi ehac error terus pas mau tunjukin QR di {t}, akhirnya isi formulir kertas, antrian ratusan orang",
  "Sebagai penumpang yang sudah mengisi e-HAC secara daring, saya kecewa harus mengisi ulang di kertas karena server e-HAC tidak bisa diakses di {t}.",
  "The QR code readers for e-HAC at {t} could not reach the Ministry of Health server, so hundreds of us were crowded together filling paper forms.",
];
const TERMINALS = [
  "Terminal 3 Soekarno-Hatta",
  "T3 Soetta",
  "terminal 3 bandara Soekarno Hatta",
  "T3 CGK",
  "Terminal 3 Soetta",
  "Terminal 3 Bandara Soekarno-Hatta",
];
const SUBJECTS = ["e-HAC error", "Antrean e-HAC di Terminal 3", "Server e-HAC down", "Keluhan e-HAC bandara", "e-HAC outage", "Pengaduan"];

/** `n` mails about the outage, each from its own sender. */
export function ehacSurgeMails(n: number): Array<{ from: string; subject: string; text: string }> {
  return Array.from({ length: n }, (_, i) => ({
    from: `Penumpang ${i + 1} <penumpang${i + 1}@warga.test>`,
    subject: SUBJECTS[i % SUBJECTS.length]!,
    text: BODIES[i % BODIES.length]!.replace("{t}", TERMINALS[Math.floor(i / BODIES.length) % TERMINALS.length]!),
  }));
}
