import type { ComplaintCategory, Locale } from "@/server/db/schema/constants";
import type { Random } from "./random";

type Text = { description: string; language: Locale; category: ComplaintCategory; serviceCode: string };

const TERMINAL = { "cgk-terminal-2": "Terminal 2", "cgk-terminal-3": "Terminal 3" } as const;
const CITIES = ["Denpasar", "Medan", "Makassar", "Surabaya", "Yogyakarta", "Balikpapan", "Padang", "Manado", "Pontianak", "Lombok"];
const FLIGHTS = ["GA 404", "JT 34", "QG 690", "ID 6520", "GA 190", "QZ 7510", "JT 610", "GA 880"];

const EHAC_OPENERS = [
  "Saya sudah mengisi e-HAC lewat aplikasi sejak semalam, tapi di {terminal} petugas bilang server e-HAC tidak bisa diakses.",
  "Alat pemindai QR e-HAC di pemeriksaan kesehatan {terminal} tidak berfungsi sejak pagi.",
  "Aplikasi e-HAC terus error dan kode QR saya tidak bisa diverifikasi di {terminal}.",
  "Server e-HAC down, petugas KKP di {terminal} tidak bisa memeriksa kartu kewaspadaan kesehatan kami.",
  "Kami yang sudah mengisi e-HAC online tetap disuruh mengisi ulang formulir kertas di {terminal}.",
  "Sistem e-HAC gangguan, antrean pemeriksaan dokumen kesehatan di {terminal} mengular sampai dekat pintu masuk.",
  "Petugas di {terminal} mengumumkan bahwa e-HAC sedang gangguan dan semua penumpang wajib mengisi HAC manual.",
  "Hari ini di {terminal} e-HAC tidak bisa dibuka sama sekali, muncul pesan koneksi gagal.",
];
const EHAC_DETAILS = [
  "Petugas membagikan formulir kertas dan kami harus menulis ulang semua data perjalanan.",
  "Antrean lebih dari satu jam dan penumpang berdesakan tanpa jaga jarak.",
  "Tidak ada pengumuman resmi, petugas hanya bilang sistem pusat sedang bermasalah.",
  "Banyak penumpang lansia dan anak-anak ikut berdesakan di depan meja pemeriksaan.",
  "Pulpen dipakai bergantian oleh puluhan orang, padahal sedang pandemi.",
  "Hanya dua meja pemeriksaan yang dibuka untuk ratusan penumpang.",
  "Formulir kertasnya habis, jadi kami menunggu fotokopian baru.",
  "Petugas kewalahan dan tidak ada yang mengatur jarak antrean.",
];
const EHAC_CONSEQUENCES = [
  "Saya hampir tertinggal pesawat {flight} ke {city}.",
  "Boarding penerbangan saya ke {city} sampai ditunda.",
  "Protokol kesehatan sama sekali tidak dijalankan di antrean ini.",
  "Mohon Kemenkes segera memperbaiki sistemnya dan menyiapkan cadangan kalau server mati.",
  "Saya khawatir tertular Covid-19 karena kerumunan seperti ini.",
  "Kalau memang harus manual, untuk apa kami diwajibkan mengisi e-HAC online?",
  "Tolong dievaluasi, ini membahayakan kesehatan penumpang.",
];
const EHAC_ENGLISH = [
  "I had already filled in the e-HAC online, but the reader at {terminal} could not reach the server, so we had to fill in a paper form again. The queue took over an hour and nobody kept distance.",
  "The e-HAC system is down at {terminal}. Hundreds of passengers are crowded in front of two health desks, writing paper forms with shared pens. My flight {flight} to {city} is boarding soon.",
  "e-HAC QR codes cannot be scanned at {terminal} since this morning. Staff say the Ministry of Health server is down. There is no queue management and the crowd is dangerous during the pandemic.",
];
const CROWDING_TERMINAL = [
  "Antrean pemeriksaan dokumen kesehatan di {terminal} sangat padat, penumpang berdiri berdempetan tanpa jarak. Tidak ada petugas yang mengurai antrean.",
  "Kerumunan besar di area keberangkatan {terminal} karena pemeriksaan HAC manual. Penanda jaga jarak diabaikan dan petugas bandara tidak menegur.",
  "Sudah 90 menit antre di {terminal} hanya untuk pemeriksaan kartu kesehatan. Antrean bercampur antara penumpang berbagai maskapai.",
  "Di {terminal} antrean menumpuk sampai ke area drop-off. Tidak ada jalur prioritas untuk lansia, ibu hamil, atau penyandang disabilitas.",
];
const INFO_TERMINAL = [
  "Tidak ada informasi yang jelas di {terminal}: sebagian petugas bilang e-HAC wajib, sebagian bilang cukup formulir kertas. Penumpang bingung harus antre di mana.",
  "Pengumuman di {terminal} berbeda-beda soal e-HAC. Saya sudah isi online tapi tetap diminta isi kertas tanpa penjelasan.",
];

type Background = { serviceCode: string; category: ComplaintCategory; placeSlug: string | null; texts: string[] };
export const BACKGROUND: Background[] = [
  {
    serviceCode: "krl-commuter",
    category: "crowding",
    placeSlug: "stasiun-manggarai",
    texts: [
      "Antrean transit di Stasiun Manggarai jam berangkat kerja sangat padat, penumpang berdesakan di tangga peron. Pembatasan kapasitas tidak berjalan.",
      "Penumpukan penumpang di peron 6 Stasiun Manggarai karena jadwal KRL terlambat lebih dari 30 menit tanpa pengumuman.",
      "Gate elektronik di Stasiun Manggarai banyak yang rusak sehingga antrean tap kartu sangat panjang.",
    ],
  },
  {
    serviceCode: "krl-commuter",
    category: "crowding",
    placeSlug: "stasiun-bogor",
    texts: [
      "Antrean masuk Stasiun Bogor pagi ini mengular sampai ke jalan raya karena pemeriksaan suhu hanya di satu pintu.",
      "Penumpang KRL di Stasiun Bogor berdesakan, tidak ada pengaturan jarak saat menunggu kereta.",
    ],
  },
  {
    serviceCode: "krl-commuter",
    category: "officer_conduct",
    placeSlug: "stasiun-manggarai",
    texts: ["Petugas keamanan stasiun membentak penumpang lansia yang bertanya arah peron. Sikapnya sangat tidak sopan."],
  },
  {
    serviceCode: "ktp-el",
    category: "service_refused",
    placeSlug: "dukcapil-jaksel-kantor",
    texts: [
      "Sudah tiga bulan KTP-el saya belum dicetak, setiap datang dibilang blanko habis tanpa kepastian kapan tersedia.",
      "Saya ditolak merekam KTP-el karena kuota harian sudah penuh, padahal datang jam 07.30 dan kantor baru buka.",
      "Permohonan perubahan data KTP-el saya tidak diproses lebih dari 30 hari tanpa penjelasan.",
    ],
  },
  {
    serviceCode: "ktp-el",
    category: "illegal_fee",
    placeSlug: "dukcapil-jaksel-kantor",
    texts: [
      "Ada oknum yang menawarkan KTP-el jadi dalam sehari dengan membayar Rp150.000 di depan kantor Dukcapil, katanya bisa lewat orang dalam.",
      "Petugas meminta uang Rp50.000 sebagai 'biaya percepatan' pencetakan KTP-el, padahal layanan ini gratis.",
    ],
  },
  {
    serviceCode: "ktp-el",
    category: "unclear_information",
    placeSlug: "dukcapil-jaksel-kantor",
    texts: ["Informasi syarat pindah domisili di situs dan di loket berbeda, saya harus bolak-balik tiga kali."],
  },
  {
    serviceCode: "kemenkes-covid-test",
    category: "service_refused",
    placeSlug: "cgk-terminal-1",
    texts: [
      "Surat hasil tes antigen saya ditolak di Terminal 1 padahal masih berlaku dan dari klinik yang terdaftar.",
      "My PCR certificate was refused at Terminal 1 because the QR code could not be verified, although it was issued by a registered laboratory.",
    ],
  },
  {
    serviceCode: "kemenhub-air-travel",
    category: "unclear_information",
    placeSlug: null,
    texts: [
      "Aturan syarat perjalanan udara berubah-ubah menjelang libur akhir tahun, surat edaran terbaru tidak diumumkan dengan jelas ke penumpang.",
      "The rules on which test is required for domestic flights changed twice this week and airline and airport staff give different answers.",
    ],
  },
];

function fill(template: string, rnd: Random, placeSlug: keyof typeof TERMINAL): string {
  return template.replaceAll("{terminal}", TERMINAL[placeSlug]).replaceAll("{city}", rnd.pick(CITIES)).replaceAll("{flight}", rnd.pick(FLIGHTS));
}

/** A complaint about the 19–20 Dec 2020 e-HAC outage and the crowding it caused. */
export function surgeText(rnd: Random, placeSlug: keyof typeof TERMINAL): Text {
  const kind = rnd.weighted([
    ["ehac", 70],
    ["ehac-en", 8],
    ["crowding", 16],
    ["info", 6],
  ] as const);
  if (kind === "ehac-en") {
    return { description: fill(rnd.pick(EHAC_ENGLISH), rnd, placeSlug), language: "en", category: "system_down", serviceCode: "ehac" };
  }
  if (kind === "crowding") {
    return {
      description: fill(rnd.pick(CROWDING_TERMINAL), rnd, placeSlug),
      language: "id",
      category: "crowding",
      serviceCode: rnd.chance(0.5) ? "cgk-terminal" : "ehac",
    };
  }
  if (kind === "info") {
    return { description: fill(rnd.pick(INFO_TERMINAL), rnd, placeSlug), language: "id", category: "unclear_information", serviceCode: "ehac" };
  }
  const parts = [rnd.pick(EHAC_OPENERS), rnd.pick(EHAC_DETAILS)];
  if (rnd.chance(0.7)) parts.push(rnd.pick(EHAC_CONSEQUENCES));
  return { description: fill(parts.join(" "), rnd, placeSlug), language: "id", category: "system_down", serviceCode: "ehac" };
}

export const REPORTER_NAMES = [
  "Andi Wijaya",
  "Siti Rahmawati",
  "Dewi Anggraini",
  "Rizky Ramadhan",
  "Putu Ayu Lestari",
  "Fajar Nugroho",
  "Nur Aisyah",
  "Yohanes Simanjuntak",
  "Intan Permatasari",
  "Bayu Saputra",
  "Rina Marlina",
  "Hendra Gunawan",
  "Fitri Handayani",
  "Joko Susilo",
  "Made Wirawan",
  "Lina Oktaviani",
  "Michael Tanoto",
  "Ayu Kartika",
];
