/** Held-out texts, part B (energy, public works, education, social welfare, land, employment); see heldout-a.ts. */
export const HELDOUT_B = `
energy|pln-outage|other|area-35-07|Listrik di desa kami di Kabupaten Malang padam sejak kemarin sore sampai sekarang, kulkas warung rusak semua
energy|pln-outage|other|-|mati lampu lagi udah ke 4 kali minggu ini, gak ada pemberitahuan dari pln sama sekali
energy|pln-outage|unclear_information|area-73-71|PLN Makassar umumkan pemadaman bergilir tapi jadwalnya tidak pernah sesuai, kami tidak bisa merencanakan apa-apa
energy|pln-outage|other|-|Trafo di ujung gang meledak seminggu lalu, sampai sekarang 40 rumah belum ada listrik
energy|pln-outage|other|-|Power has been out in our area for two days and the PLN call centre keeps saying a team is on the way
energy|pln-connection|illegal_fee|-|Petugas PLN minta 1,5 juta di luar biaya resmi untuk tambah daya dari 900 ke 1300 VA
energy|pln-connection|service_refused|-|Pasang baru listrik sudah lunas bayar tiga bulan lalu tapi meteran belum juga dipasang
energy|pln-billing|other|-|Tagihan listrik pascabayar bulan ini 1,8 juta, biasanya cuma 400 ribu, pemakaian sama saja
energy|pln-billing|system_down|-|Beli token listrik 100 ribu di aplikasi PLN Mobile, uang terpotong tapi token tidak keluar
energy|pln-billing|other|-|Meteran listrik diganti tanpa pemberitahuan lalu tagihan naik, petugas tidak bisa menjelaskan
energy|fuel|crowding|area-18-01|Antrean truk beli solar di SPBU Lampung Selatan sampai 2 km, solarnya habis terus
energy|fuel|service_refused|-|SPBU menolak isi pertalite karena saya tidak punya QR MyPertamina, HP saya jadul
energy|fuel|illegal_fee|-|Operator SPBU jual solar subsidi ke jeriken pengecer dengan harga lebih mahal, nelayan tidak kebagian
energy|lpg|illegal_fee|-|Gas melon 3 kg di pangkalan dijual 28 ribu, HET nya 19 ribu, kalau protes disuruh beli di tempat lain
energy|lpg|crowding|-|Warga antre gas elpiji dari subuh di pangkalan, banyak ibu-ibu pulang tangan kosong
energy|lpg|other|-|gas 3kg langka bgt di kampung udah seminggu, warung pada kosong semua
public_works|road-damage|other|area-31-75|Jalan di Jl. Raya Bogor dekat Pasar Rebo berlubang besar dan dalam, sudah dua pengendara motor jatuh minggu ini
public_works|road-damage|other|-|Jalan kabupaten di desa kami rusak parah sejak 2019, kalau hujan seperti kubangan kerbau
public_works|road-damage|other|-|jalan depan sekolah anak saya bolong2 udah setahun, baru ditambal sebulan udah rusak lagi
public_works|road-damage|other|area-16-71|The road to our neighbourhood in Palembang is full of potholes and nobody has come to fix it
public_works|street-lights|other|area-31-73|Lampu PJU sepanjang jalan di Kembangan mati hampir sebulan, jalan gelap dan sudah ada kejadian begal
public_works|street-lights|other|-|Tiang lampu jalan roboh kena angin dan dibiarkan melintang di trotoar, bahaya buat pejalan kaki
public_works|drainage|other|area-31-72|Saluran got di perumahan kami di Jakarta Utara mampet, setiap hujan air masuk rumah
public_works|drainage|other|-|Genangan banjir di underpass tidak surut karena pompa air tidak dinyalakan
public_works|drainage|other|area-32-76|Drainase di Depok tidak pernah dikeruk, banjir setinggi lutut tiap hujan deras
public_works|national-roads|other|-|Jembatan di jalan nasional lintas Timor putus terbawa banjir, warga menyeberang sungai pakai rakit
public_works|national-roads|other|-|Jalan nasional di lintas selatan longsor dua bulan lalu, cuma satu lajur yang bisa dilewati dan macet parah
public_works|toll-roads|system_down|area-36-03|Gerbang tol Cikupa error tidak bisa baca kartu e-toll, antrean mobil sampai satu jam
public_works|toll-roads|other|-|Jalan tol Cipali banyak lubang padahal tarif baru naik, ban mobil saya pecah
public_works|toll-roads|system_down|-|Saldo e-toll terpotong dua kali di gerbang keluar, mesin gerbang eror
public_works|water-supply|other|area-31-75|Air PAM di rumah kami di Jakarta Timur tidak mengalir sudah 10 hari, kami beli air galon untuk mandi
public_works|water-supply|other|-|air pdam keruh kecoklatan dan bau, anak2 jadi gatal2 habis mandi
public_works|water-supply|other|area-33-72|Tagihan PDAM Solo naik dua kali lipat tanpa ada penjelasan kenaikan tarif
public_works|building-permit|service_refused|mpp-jakarta|PBG rumah tinggal kami diajukan di MPP Jakarta sejak Januari belum terbit sampai sekarang
public_works|building-permit|illegal_fee|-|Petugas dinas minta uang pelicin 10 juta agar izin bangunan ruko kami cepat keluar
education|school-admission|service_refused|-|Anak saya tinggal 300 meter dari SMP negeri tapi tidak diterima jalur zonasi, yang rumahnya jauh malah diterima
education|school-admission|system_down|-|Situs PPDB online down di hari terakhir pendaftaran, banyak orang tua tidak bisa daftar
education|school-admission|illegal_fee|area-32-73|Ada oknum yang menawarkan kursi SMA negeri di Bandung dengan bayaran 15 juta lewat jalur titipan
education|school-admission|unclear_information|-|Aturan SPMB tahun ini berubah tapi sekolah tidak sosialisasi, kami salah pilih jalur
education|kjp|service_refused|-|KJP Plus anak saya tidak cair semester ini padahal tahun lalu dapat, status di web cuma "tidak lolos"
education|kjp|illegal_fee|-|Kenapa dana Kartu Jakarta Pintar anak kami dipotong, yang masuk cuma separuh
education|school-fees|illegal_fee|area-31-75|SD negeri di Jakarta Timur mewajibkan beli seragam batik dan LKS dari koperasi sekolah 750 ribu
education|school-fees|illegal_fee|-|Sekolah minta sumbangan gedung 3 juta untuk siswa baru dan bilang wajib, padahal sekolah negeri
education|school-fees|illegal_fee|-|Study tour wajib ke Bali dari SMP negeri, yang tidak ikut tetap harus bayar
education|diplomas|service_refused|-|Ijazah SMA anak saya ditahan sekolah karena masih ada tunggakan SPP 2 juta
education|diplomas|illegal_fee|-|Legalisir ijazah di sekolah dipungut 10 ribu per lembar tanpa kuitansi
education|pip|illegal_fee|-|Wali kelas memotong dana PIP siswa 100 ribu dengan alasan untuk kas kelas
education|pip|service_refused|-|Bantuan PIP anak saya tidak bisa dicairkan di bank karena rekeningnya katanya belum aktif
education|kip-college|service_refused|area-34-71|KIP Kuliah saya dicabut kampus di Jogja tanpa penjelasan, padahal IPK di atas 3
education|kip-college|service_refused|-|Biaya hidup KIP kuliah semester ini belum cair, kampus tidak bisa menjelaskan kapan
social_welfare|bansos-food|illegal_fee|-|Bansos sembako yang diterima ibu saya cuma beras 5 kg, padahal di kartu tertulis nilainya 200 ribu, agen e-warong ambil untung
social_welfare|bansos-food|service_refused|-|Nama saya ada di daftar penerima BPNT tapi waktu pengambilan katanya kartunya tidak ada saldo
social_welfare|bansos-food|service_refused|-|bantuan beras dari pemerintah di RT kami dibagi rata ke semua warga, yang miskin beneran jadi dapet sedikit
social_welfare|pkh|illegal_fee|-|Pendamping PKH di desa minta potongan 50 ribu dari setiap pencairan dengan alasan uang bensin
social_welfare|pkh|service_refused|-|PKH ibu saya yang lansia tiba-tiba berhenti tanpa pemberitahuan, padahal kondisinya masih sama
social_welfare|dtks|service_refused|-|Keluarga kami tidak mampu tapi tidak pernah masuk DTKS, sementara tetangga yang punya mobil terdaftar
social_welfare|dtks|service_refused|-|Cek bansos di situs kemensos nama kami hilang setelah pemutakhiran DTSEN, tidak ada penjelasan
social_welfare|dtks|service_refused|-|Kelurahan menolak mengusulkan kami masuk data terpadu karena katanya kuotanya penuh
land|land-certificate|service_refused|kantah-kota-bekasi|Balik nama sertifikat rumah di Kantor Pertanahan Kota Bekasi sudah 2 tahun tidak selesai, berkas katanya hilang
land|land-certificate|illegal_fee|-|Petugas ukur dari BPN minta uang transport 2 juta di luar PNBP waktu pengukuran tanah kami
land|land-certificate|service_refused|area-34-04|Sertifikat tanah warisan di Sleman tidak diproses karena katanya ada blokir, tapi tidak dijelaskan blokir apa
land|ptsl|illegal_fee|-|Panitia PTSL di desa memungut 750 ribu per bidang, padahal aturannya maksimal 150 ribu untuk Jawa
land|ptsl|service_refused|-|Tanah kami sudah diukur program PTSL tahun lalu tapi sertifikatnya tidak pernah dibagikan
land|land-dispute|other|-|Terbit sertifikat ganda di atas tanah yang kami tempati sejak 1985, sekarang kami digugat orang yang tidak dikenal
land|land-dispute|other|area-36-03|Lahan sawah warga di Kabupaten Tangerang dipagari pengembang dengan surat yang diduga palsu
land|land-dispute|service_refused|-|Mafia tanah menguasai lahan orang tua saya, BPN tidak mau membatalkan sertifikat yang cacat administrasi
employment|jht-claim|service_refused|-|Klaim JHT lewat aplikasi JMO ditolak terus dengan alasan data tidak sesuai, padahal data KTP benar
employment|jht-claim|crowding|area-36-71|Kantor BPJS Ketenagakerjaan di Tangerang antrean klaim JHT dibatasi 50 orang sehari, saya sudah 3 kali datang
employment|jht-claim|system_down|-|Aplikasi Jamsostek Mobile tidak bisa verifikasi wajah untuk pencairan Jaminan Hari Tua
employment|bpjstk-membership|other|area-32-75|Perusahaan tempat saya kerja di Bekasi memotong gaji untuk BPJS TK tiap bulan tapi ternyata tidak pernah disetor
employment|bpjstk-membership|other|-|Saya kecelakaan kerja tapi ternyata tidak didaftarkan BPJS Ketenagakerjaan oleh kantor, biaya rumah sakit tanggung sendiri
employment|wages|other|area-32-75|THR karyawan pabrik di Bekasi tidak dibayar, sudah lapor ke disnaker tapi tidak ada tindak lanjut
employment|wages|other|-|Saya di PHK sepihak lewat WhatsApp setelah 8 tahun kerja, pesangon tidak diberikan sama sekali
employment|wages|other|-|gaji 3 bulan blm dibayar sama perusahaan, pengawas ketenagakerjaan gak respon
employment|prakerja|service_refused|-|Insentif Kartu Prakerja belum masuk padahal pelatihan sudah selesai dan sertifikat sudah keluar
employment|prakerja|system_down|-|Akun Prakerja saya diblokir otomatis padahal baru daftar, tidak ada penjelasan
employment|migrant-workers|illegal_fee|-|Sponsor penempatan PMI ke Malaysia memungut 25 juta dari adik saya dan memberangkatkan tanpa dokumen resmi
employment|migrant-workers|other|-|Kakak saya bekerja di Arab Saudi, sudah 6 bulan tidak bisa dihubungi dan gajinya ditahan majikan, minta bantuan
`;
