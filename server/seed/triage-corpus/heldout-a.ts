/**
 * Held-out texts, part A (health, transport, population registry, politics and law). Written one by one for
 * measuring, apart from the training corpus and never from its frames: `topic|service|category|place|text`,
 * "-" for none. See docs/triage.md for how ambiguous cases were labelled.
 */
export const HELDOUT_A = `
health|ehac|system_down|cgk-terminal-3|Saya sudah isi eHAC dari rumah tapi di T3 Soetta scannernya tidak bisa baca, katanya server kemenkes down. Akhirnya disuruh isi kertas lagi.
health|ehac|system_down|cgk-terminal-2|Terminal 2 Soekarno-Hatta penuh sesak orang antre isi formulir HAC manual, aplikasi e-HAC ga bisa dibuka sama sekali
health|ehac|system_down|-|e-HAC tidak bisa diakses sejak jam 6 pagi, QR code tidak muncul di aplikasi
health|ehac|system_down|cgk-terminal-3|The e-HAC app showed an error and staff at Terminal 3 CGK told us to queue for a paper form, no one explained why
health|ehac|crowding|bandara-juanda|Di Juanda juga sama, antrean validasi kartu kewaspadaan kesehatan elektronik mengular, petugas kewalahan
health|kemenkes-covid-test|service_refused|bandara-ngurah-rai|Hasil swab PCR saya dari lab resmi ditolak petugas di bandara Ngurah Rai karena katanya tidak terdaftar di sistem, padahal QR-nya jelas
health|kemenkes-covid-test|unclear_information|-|Syarat tes antigen untuk naik pesawat berubah terus, kemarin 1x24 jam sekarang 2x24 jam, bingung masyarakat
health|jkn-membership|service_refused|area-32-73|BPJS kesehatan ibu saya mendadak nonaktif pas mau kontrol ke dokter, padahal iurannya autodebet tiap bulan. Kantor BPJS Bandung cuma bilang harus nunggu
health|jkn-membership|service_refused|-|Kenapa status KIS saya jadi tidak aktif? Saya peserta PBI dari dulu dan tidak ada pemberitahuan apa pun
health|jkn-membership|crowding|area-35-78|antrian di kantor bpjs kesehatan surabaya dari jam 5 subuh, nomor antrean cuma 100 sehari
health|jkn-referral|service_refused|rsud-pasar-minggu|Ayah saya pasien BPJS ditolak rawat inap di RSUD Pasar Minggu dengan alasan kamar penuh, tapi waktu kami tanya kamar VIP ada
health|jkn-referral|illegal_fee|-|Pasien jkn disuruh beli obat sendiri di apotek luar karena "obatnya tidak ditanggung", padahal itu obat formularium nasional
health|jkn-referral|service_refused|area-33-74|Rujukan dari faskes 1 ke rumah sakit di Semarang ditolak terus, disuruh bolak balik minta rujukan baru
health|mobile-jkn|system_down|-|Aplikasi Mobile JKN tidak bisa login, kode OTP tidak pernah masuk ke nomor saya sudah 3 hari
health|mobile-jkn|service_refused|-|Sudah ambil antrean online di mobile JKN tapi sampai di faskes disuruh ambil nomor manual lagi, percuma ada aplikasinya
health|puskesmas|officer_conduct|puskesmas-tebet|Dokter di Puskesmas Tebet tidak ada di tempat jam 10 pagi, pasien disuruh pulang dan datang besok
health|puskesmas|officer_conduct|area-32-05|Puskesmas di desa kami di Garut sering tutup sebelum jam 12, bidan juga jarang ada
health|puskesmas|illegal_fee|-|imunisasi anak di puskesmas kok dimintai bayar 50rb ya? katanya buat administrasi, bukannya gratis
health|rsud-outpatient|officer_conduct|rsud-tarakan|Poli penyakit dalam RSUD Tarakan antreannya dari subuh, dokternya baru datang jam 11 siang
health|rsud-outpatient|officer_conduct|rsud-dr-soetomo|Perawat di ruang rawat inap RSUD dr Soetomo judes sekali, dipanggil pakai bel tidak pernah datang
health|rsud-outpatient|service_refused|-|Jadwal operasi ibu saya di rumah sakit daerah sudah diundur tiga kali tanpa alasan
health|rsud-emergency|service_refused|-|Kakak saya sesak napas dibawa ke IGD tapi dibiarkan di kursi roda 4 jam tanpa diperiksa dokter
health|rsud-emergency|illegal_fee|area-35-73|IGD rumah sakit di Kota Malang minta uang muka 2 juta sebelum pasien kecelakaan ditangani
health|rsud-emergency|service_refused|-|Ambulans puskesmas tidak mau jemput pasien stroke di rumah katanya sopirnya libur
health|satusehat|system_down|-|Sertifikat vaksin booster saya tidak muncul di SATUSEHAT Mobile padahal sudah vaksin 2 bulan lalu
health|satusehat|system_down|-|Data di aplikasi PeduliLindungi salah tanggal lahir, tidak tahu harus lapor kemana
health|vaccination|crowding|gbk-senayan|Vaksinasi massal di GBK berdesakan, ribuan orang tanpa jaga jarak padahal masih pandemi
health|vaccination|service_refused|-|Sudah daftar vaksin booster dan dapat jadwal, sampai lokasi katanya vaksinnya habis
health|vaccination|unclear_information|area-36-74|Posyandu di Tangsel tidak ada info jadwal imunisasi polio, bidan bilang tunggu pengumuman
transport|cgk-terminal|crowding|cgk-terminal-3|Antrean pemeriksaan dokumen di keberangkatan domestik T3 Soetta ribuan orang, tidak ada social distancing sama sekali
transport|cgk-terminal|officer_conduct|cgk-terminal-2|Petugas Angkasa Pura di Terminal 2 membentak penumpang lansia yang kebingungan cari loket
transport|cgk-terminal|crowding|cgk-terminal-1|Terminal 1 Soekarno Hatta penuh, penumpang numpuk di pintu masuk karena cuma satu mesin x-ray yang jalan
transport|cgk-terminal|unclear_information|bandara-soekarno-hatta|Tidak ada papan informasi atau pengumuman soal syarat dokumen kesehatan di bandara Soetta, semua orang bingung
transport|kemenhub-air-travel|unclear_information|-|SE Kemenhub soal syarat penerbangan keluar malam ini berlaku besok pagi, tiket kami hangus karena tidak sempat tes
transport|kemenhub-air-travel|service_refused|bandara-kualanamu|Penumpang di Kualanamu ditolak terbang padahal syarat sudah sesuai aturan perhubungan yang lama
transport|krl-commuter|crowding|stasiun-manggarai|Transit di Manggarai jam pulang kerja parah banget, tangga penuh, orang dorong2an, gak ada petugas ngatur
transport|krl-commuter|system_down|stasiun-bogor|Gate tap in di Stasiun Bogor error semua, kartu multi trip ga kebaca, antrian ke loket panjang
transport|krl-commuter|service_refused|stasiun-tanah-abang|KRL arah Rangkasbitung dari Tanah Abang telat 40 menit, peron penuh sampai orang hampir jatuh ke rel
transport|krl-commuter|officer_conduct|-|Petugas keamanan di kereta commuter line memarahi ibu hamil yang minta kursi prioritas
transport|cgk-ground-transport|illegal_fee|bandara-soekarno-hatta|Tarif parkir inap di Bandara Soetta ditagih lebih mahal dari yang tertulis di papan, struk tidak diberikan
transport|cgk-ground-transport|system_down|cgk-terminal-2|Skytrain antar terminal mati dari pagi, penumpang dari T2 ke T3 harus jalan kaki bawa koper
transport|kai-intercity|service_refused|stasiun-gambir|Kereta saya dari Gambir dibatalkan mendadak, refund tiket sampai sekarang belum masuk padahal sudah 45 hari
transport|kai-intercity|crowding|stasiun-pasar-senen|Boarding kereta jarak jauh di Stasiun Senen menjelang lebaran kacau, antrian cek tiket sampai keluar stasiun
transport|kai-intercity|unclear_information|stasiun-yogyakarta|Jadwal kereta dari Stasiun Tugu berubah tanpa pemberitahuan, penumpang ketinggalan kereta
transport|kai-access|system_down|-|Beli tiket lewat KAI Access saldo sudah terpotong tapi kode booking tidak keluar
transport|kai-access|system_down|-|aplikasi access by kai eror terus pas war tiket mudik, udh bayar tp tiket gak ada
transport|asdp-ferry|crowding|pelabuhan-merak|Antrean truk dan mobil di Pelabuhan Merak sampai 8 km, kapal yang beroperasi cuma sedikit
transport|asdp-ferry|illegal_fee|pelabuhan-bakauheni|Di Bakauheni banyak calo jual tiket ferizy dua kali lipat, petugas pelabuhan diam saja
transport|asdp-ferry|system_down|pelabuhan-ketapang|Aplikasi Ferizy tidak bisa dipakai beli tiket, di Pelabuhan Ketapang tidak ada loket manual
transport|pelni-ship|crowding|pelabuhan-tanjung-priok|Kapal Pelni dari Tanjung Priok ke Makassar kelebihan penumpang, orang tidur di tangga dan dek
transport|pelni-ship|service_refused|-|Jadwal KM Pelni diundur 2 hari tanpa pengumuman, kami terlantar di pelabuhan
transport|sim|illegal_fee|satpas-daan-mogot|Di Satpas Daan Mogot ada calo yang menawarkan SIM A tanpa tes dengan harga 1,2 juta, dan katanya sudah kerjasama dengan orang dalam
transport|sim|illegal_fee|area-31-75|Ujian praktik SIM C di Polres Jakarta Timur dibuat mustahil, lintasannya zig-zag sempit, yang lulus cuma yang lewat jalur belakang
transport|sim|crowding|-|Antrian perpanjang SIM di mobil SIM keliling cuma dilayani 50 orang, sisanya disuruh pulang
transport|sim|system_down|-|Perpanjang SIM online lewat aplikasi Digital Korlantas gagal verifikasi wajah terus
transport|samsat|illegal_fee|samsat-jaksel|Bayar pajak 5 tahunan di Samsat Jaksel ditawari jasa cepat 300 ribu di luar biaya resmi
transport|samsat|system_down|-|Sudah bayar pajak motor lewat e-Samsat tapi pengesahan STNK tidak terbit, katanya sistem belum sinkron
transport|samsat|service_refused|area-32-75|Plat nomor baru sudah 6 bulan belum jadi di samsat Bekasi, cuma dikasih surat keterangan
transport|transjakarta|crowding|halte-harmoni|Halte Harmoni jam 6 sore penuh sesak, bus koridor 1 datang setengah jam sekali
transport|transjakarta|officer_conduct|-|Sopir bus Transjakarta ngebut dan mengerem mendadak, penumpang berdiri sampai jatuh
transport|transjakarta|system_down|area-31-73|Mesin tap kartu di halte TJ Jakarta Barat rusak, penumpang disuruh beli kartu baru
transport|mrt|system_down|stasiun-lebak-bulus|MRT dari Lebak Bulus berhenti di tengah jalan 25 menit, tidak ada pengumuman kenapa
transport|mrt|system_down|-|Gate MRT menolak kartu bank saya padahal saldonya cukup, petugas tidak bisa menjelaskan
transport|vehicle-inspection|illegal_fee|area-31-75|Uji KIR truk di Pulogadung dinyatakan tidak lulus kecuali kami bayar 500 ribu ke petugas penguji
population_registry|ktp-el|service_refused|dukcapil-jaksel-kantor|KTP elektronik saya hilang, sudah urus cetak ulang di Sudin Dukcapil Jakarta Selatan dua bulan lalu tapi katanya blangko kosong
population_registry|ktp-el|illegal_fee|-|Oknum di kecamatan minta 150 ribu supaya e-KTP cepat dicetak, kalau tidak bayar disuruh nunggu berbulan2
population_registry|ktp-el|crowding|-|perekaman ktp el di kecamatan antri dari subuh, cuma 30 orang sehari yang dilayani
population_registry|ktp-el|system_down|area-12-71|Anak saya sudah 17 tahun tapi tidak bisa rekam KTP karena alat perekaman di Disdukcapil Medan rusak
population_registry|kk|service_refused|-|Kartu keluarga baru saya belum dicetak sudah sebulan, katanya menunggu tanda tangan kepala dinas
population_registry|kk|illegal_fee|area-36-71|Pecah KK di Kota Tangerang diminta bayar seratus ribu oleh RT dan kelurahan, padahal layanan adminduk gratis
population_registry|kk|unclear_information|mpp-jakarta|Di MPP Jakarta bilang tambah anggota KK bisa online, di online katanya harus datang ke kantor
population_registry|birth-certificate|service_refused|-|Akta kelahiran anak kedua saya belum selesai padahal berkas sudah lengkap sejak tiga minggu
population_registry|birth-certificate|service_refused|area-53-01|Petugas dukcapil di Kabupaten Kupang minta surat nikah untuk akta lahir, padahal kata aturan bisa pakai SPTJM
population_registry|birth-certificate|illegal_fee|-|bikin akte lahir bayi di desa disuruh bayar 200 rb lewat perangkat desa
population_registry|death-certificate|unclear_information|-|Mengurus akta kematian bapak saya disuruh bolak-balik 4 kali karena syaratnya beda2 tiap petugas
population_registry|death-certificate|system_down|area-35-78|Akta kematian nenek tidak bisa terbit karena NIK-nya ganda di sistem, Dispendukcapil Surabaya tidak bisa bantu
population_registry|kia|service_refused|-|Mau buat Kartu Identitas Anak untuk anak saya tapi katanya blangko KIA sudah habis dari awal tahun
population_registry|residence-transfer|service_refused|area-32-76|Surat pindah dari Medan tidak diterima oleh Dukcapil Depok karena formatnya katanya lama
population_registry|residence-transfer|system_down|-|Setelah pindah datang, data kependudukan saya tidak ditemukan di database, jadi tidak bisa urus apa2
population_registry|ikd|system_down|-|Aktivasi IKD gagal terus di verifikasi wajah, padahal foto sudah sesuai petunjuk
population_registry|ikd|service_refused|-|Warga di kelurahan tidak dilayani surat apa pun sebelum aktivasi KTP digital, kan tidak semua punya HP bagus
population_registry|nik-data|system_down|-|NIK saya terdaftar atas nama orang lain, jadi tidak bisa daftar BPJS dan tidak bisa buka rekening
population_registry|nik-data|system_down|-|NIK tidak ditemukan saat daftar sekolah anak, padahal KTP dan KK asli ada
law_politics|skck|illegal_fee|area-31-71|Bikin SKCK di Polres Jakarta Pusat ditarik 70 ribu, resminya cuma 30 ribu, tidak ada kuitansi
law_politics|skck|service_refused|-|SKCK online sudah daftar dan bayar, tapi di polres tetap harus antre dari awal bersama yang manual
law_politics|skck|system_down|-|Website SKCK online tidak bisa diakses seminggu, padahal butuh untuk melamar kerja
law_politics|police-report|service_refused|-|Laporan pencurian motor saya di polsek sudah tiga bulan tidak ada perkembangan, SP2HP tidak pernah dikirim
law_politics|police-report|officer_conduct|area-32-73|Petugas SPKT Polrestabes Bandung menolak laporan penipuan online saya dan malah menyalahkan saya
law_politics|police-report|illegal_fee|-|Mau lapor kehilangan dompet dimintai uang 50 ribu untuk surat keterangan kehilangan
law_politics|passport|crowding|kanim-jaksel|Kuota antrean M-Paspor untuk Kanim Jakarta Selatan selalu penuh, sudah sebulan coba tiap hari jam 12 malam
law_politics|passport|illegal_fee|-|Ada calo di depan kantor imigrasi yang bisa atur jadwal paspor besok dengan bayar 500 ribu
law_politics|passport|system_down|-|Aplikasi M-Paspor error waktu pembayaran, uang terpotong tapi jadwal tidak keluar
law_politics|passport|service_refused|area-35-78|Permohonan paspor saya ditunda di Kantor Imigrasi Surabaya karena dicurigai mau jadi PMI, padahal saya mau umrah
law_politics|immigration-clearance|system_down|cgk-terminal-3|Kedatangan internasional di T3 CGK antrean imigrasinya 2 jam, autogate mati dan konter cuma 3
law_politics|immigration-clearance|illegal_fee|area-51|Petugas imigrasi di Bali minta uang agar WNA teman saya tidak ditahan lama di konter
law_politics|immigration-clearance|system_down|-|Arrival immigration autogates were not working at all, hundreds of passengers waited in one line
law_politics|prison-visits|illegal_fee|-|Setiap besuk suami di lapas keluarga harus kasih uang ke petugas 50 ribu, kalau tidak waktu kunjungan dipotong
law_politics|prison-visits|service_refused|-|Jadwal kunjungan rutan diubah tiba-tiba, kami datang dari jauh tapi tidak boleh masuk
law_politics|court-services|service_refused|area-31-74|Salinan putusan perkara perdata di PN Jakarta Selatan belum diberikan sudah 4 bulan sejak putusan dibacakan
law_politics|court-services|service_refused|-|Sidang cerai di pengadilan agama ditunda terus tanpa alasan, biaya panjar juga tidak jelas rinciannya
law_politics|traffic-fines|unclear_information|-|Saya dapat surat tilang ETLE untuk mobil yang sudah saya jual 3 tahun lalu, bagaimana cara blokirnya
law_politics|traffic-fines|illegal_fee|area-33-74|Ambil barang bukti tilang di Kejari Semarang disuruh bayar lebih dari denda putusan
`;
