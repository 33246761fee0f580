/**
 * Held-out texts, part D: twelve of every category across the topics, written in one sitting after the
 * training corpus's clauses were widened and before any model was measured on them, so no choice about the
 * model or the corpus was made by looking at them (parts A–C were looked at while the category was worked
 * on; bench/README.md reports part D on its own). Same format as part A: `topic|service|category|place|text`.
 */
export const HELDOUT_D = `
population_registry|ktp-el|illegal_fee|-|Mau cetak ulang KTP yang hilang, di kecamatan dibilang blangko kosong, tapi kalau "titip" 150 ribu besok bisa jadi.
transport|samsat|illegal_fee|samsat-jaksel|Bayar pajak 5 tahunan di Samsat Jaksel, ada orang berseragam nawarin cek fisik kilat 200rb, resminya kan gak segitu
education|school-admission|illegal_fee|area-32-76|PPDB SD negeri di Depok, kepala sekolah minta "sumbangan pembangunan" 3 juta biar anak saya dapat kursi
social_welfare|pkh|illegal_fee|-|pendamping pkh minta jatah 50rb tiap pencairan, katanya buat uang bensin. yg gak ngasih diancam dicoret
health|rsud-emergency|illegal_fee|-|My father was brought to the emergency ward after a motorbike crash and the nurse said we had to pay a 1.5 million cash "deposit" before any treatment, even though he has BPJS.
land|ptsl|illegal_fee|area-32-16|Program PTSL di desa kami di Kabupaten Bekasi katanya gratis, tapi panitia desa menarik 800 ribu per bidang tanpa kwitansi.
religion|marriage-registration|illegal_fee|-|Nikah di KUA pada jam kerja seharusnya Rp0, tapi penghulu minta "uang transport" 500 ribu dan bilang itu sudah biasa.
law_politics|traffic-fines|illegal_fee|-|Kena tilang di jalan, polisinya bilang mending damai di tempat 100 ribu daripada sidang, pas saya minta surat tilang dia marah
energy|lpg|illegal_fee|-|Elpiji 3 kg di pangkalan resmi dijual 28 ribu padahal HET di sini 19 ribu, warga yang protes tidak dilayani.
employment|migrant-workers|illegal_fee|area-35-10|Sponsor PMI di Banyuwangi minta biaya penempatan 25 juta ke calon pekerja ke Taiwan, padahal katanya ada pembebasan biaya.
transport|asdp-ferry|illegal_fee|pelabuhan-merak|Di Merak kendaraan yang mau cepat masuk kapal dimintai 100 ribu sama orang yang ngatur barisan, yang gak bayar ditahan di belakang terus.
village_development|village-fund|illegal_fee|-|Pembangunan jalan desa dari dana desa nilainya 300 juta di papan proyek, tapi yang dikerjakan cuma 200 meter dan asal-asalan. Kami curiga dananya dikorupsi.
health|satusehat|system_down|-|Sertifikat vaksin saya hilang dari aplikasi SatuSehat setelah update, padahal dulu ada. Sekarang tidak bisa dipakai untuk syarat kerja.
economy_finance|tax-services|system_down|-|DJP Online error pas hari terakhir lapor SPT, halaman cuma muter-muter terus keluar "session expired"
transport|kai-intercity|system_down|stasiun-gambir|Mesin cetak boarding pass di Gambir mati semua, penumpang harus antre ke satu loket, hampir ketinggalan kereta.
population_registry|ikd|system_down|-|Aktivasi IKD gagal terus di tahap verifikasi wajah, sudah coba 10 kali di HP berbeda
law_politics|passport|system_down|kanim-jaksel|The M-Paspor app would not let me choose any appointment slot at Kanim Jakarta Selatan, it just shows a blank page after login.
transport|transjakarta|system_down|halte-harmoni|Tap kartu di halte Harmoni gagal terus, mesinnya bilang kartu tidak valid padahal saldonya ada.
employment|jht-claim|system_down|-|Klaim JHT lewat JMO sudah 5 kali gagal di swafoto, tulisannya "wajah tidak cocok", padahal ini muka saya sendiri.
education|pip|system_down|-|Dapodik sekolah anak saya salah input NIK, jadi namanya tidak muncul di SIPINTAR dan PIP tidak bisa dicairkan.
energy|pln-billing|system_down|-|aplikasi PLN mobile dari kemarin ga bisa bayar tagihan, muncul kode error terus, takut kena denda
ict|gov-digital|system_down|-|Situs layanan pengaduan pemkot tidak bisa diakses sejak seminggu, sertifikat SSL-nya kedaluwarsa dan browser memblokir.
health|puskesmas|system_down|puskesmas-tebet|Komputer pendaftaran di Puskesmas Tebet mati dan tidak ada cadangan, semua pasien dicatat manual dan jadinya lama.
transport|krl-commuter|system_down|stasiun-tanah-abang|Pagi ini sinyal KRL di Tanah Abang gangguan, kereta tertahan lama, and nobody announced anything.
population_registry|kk|officer_conduct|-|Petugas di loket KK kelurahan bicara dengan nada merendahkan ke ibu-ibu yang tidak bisa baca, sampai ada yang menangis.
law_politics|police-report|officer_conduct|-|Waktu saya melapor pelecehan, petugas piket malah tertawa dan bertanya apa yang saya pakai saat itu.
health|rsud-outpatient|officer_conduct|rsud-tarakan|Satpam di RSUD Tarakan mengusir keluarga pasien yang menunggu di lorong dengan kata-kata kasar.
public_order|public-order|officer_conduct|-|Petugas Satpol PP memukul pedagang asongan yang tidak mau pindah, videonya sudah viral.
transport|cgk-terminal|officer_conduct|cgk-terminal-3|Airport staff at Terminal 3 Soekarno-Hatta yelled at an elderly passenger in a wheelchair for being slow at the gate.
education|school-fees|officer_conduct|-|wali kelas mempermalukan anak saya di depan kelas karena spp nunggak, disuruh berdiri di depan
village_development|village-office|officer_conduct|-|Kantor desa buka jam 8 tapi perangkatnya baru datang jam 10, itu pun cuma absen lalu pergi lagi.
social_welfare|dtks|officer_conduct|-|Operator DTKS di desa hanya memasukkan nama-nama keluarganya sendiri dan tim suksesnya, warga lain diabaikan.
transport|sim|officer_conduct|satpas-daan-mogot|Penguji SIM di Daan Mogot membentak peserta yang gugup dan bilang "orang kayak kamu gak usah nyetir".
economy_finance|customs-passengers|officer_conduct|bandara-ngurah-rai|A customs officer at Ngurah Rai searched my bag roughly, broke a gift, and refused to give his name when I asked.
employment|bpjstk-membership|officer_conduct|-|CS BPJS Ketenagakerjaan menutup telepon saat saya sedang menjelaskan masalah, sudah 3 kali begitu.
land|land-certificate|officer_conduct|kantah-kota-bekasi|Pegawai BPN Kota Bekasi sering tidak ada di meja, katanya rapat, padahal kami lihat mereka ngopi di kantin.
population_registry|birth-certificate|service_refused|-|Akta kelahiran anak saya sudah diajukan 2 bulan lalu, dijanjikan 14 hari kerja, sampai sekarang belum keluar.
health|jkn-referral|service_refused|-|RS menolak pasien cuci darah BPJS dengan alasan kuota harian sudah terpenuhi, disuruh cari rumah sakit lain sendiri.
social_welfare|bansos-food|service_refused|-|Sudah 4 bulan bantuan sembako untuk nenek saya tidak diterima, padahal namanya masih ada di cek bansos.
land|land-certificate|service_refused|-|Balik nama sertifikat tanah warisan sudah hampir satu tahun di BPN, tiap ditanya selalu dijawab masih di meja pimpinan.
law_politics|prison-visits|service_refused|-|Pengacara saya tidak diizinkan menemui klien di lapas walau surat kuasa lengkap, alasannya perintah atasan.
employment|wages|service_refused|-|Laporan kami ke Disnaker soal THR yang tidak dibayar perusahaan sudah 3 bulan tidak ada tindak lanjut.
transport|pelni-ship|service_refused|pelabuhan-tanjung-priok|Kapal Pelni dari Tanjung Priok ke Makassar berangkat telat 9 jam tanpa kompensasi makan untuk penumpang.
education|diplomas|service_refused|-|The university still has not issued my diploma eight months after graduation; the faculty keeps saying the rector has not signed.
economy_finance|kur|service_refused|-|KUR saya sudah disetujui di aplikasi tapi pencairannya ditunda terus oleh bank tanpa tanggal pasti
religion|halal-certification|service_refused|-|Pengajuan sertifikat halal gratis (SEHATI) untuk usaha keripik saya tidak diproses sejak Maret, pendamping PPH tidak bisa dihubungi.
health|vaccination|service_refused|-|anak sy ditolak imunisasi di posyandu krn gak bawa buku KIA, padahal datanya ada di puskesmas
agriculture|fertiliser|service_refused|-|Petani penggarap di desa kami tidak boleh menebus pupuk bersubsidi karena tidak punya lahan sendiri, padahal terdaftar di kelompok tani.
transport|kai-access|crowding|stasiun-pasar-senen|Mudik kemarin di Pasar Senen, ruang boarding penuh sampai orang duduk di tangga, AC tidak terasa.
health|puskesmas|crowding|-|Puskesmas kelurahan kami cuma layani 40 pasien umum per hari, yang datang jam 7 sudah tidak kebagian.
population_registry|ktp-el|crowding|mpp-siola|Perekaman KTP di MPP Siola antrenya ratusan orang, anak-anak SMA satu sekolah datang barengan.
law_politics|immigration-clearance|crowding|bandara-soekarno-hatta|Arrivals at Soekarno-Hatta: the immigration hall was so full that the line reached the airbridge.
transport|mrt|crowding|stasiun-lebak-bulus|MRT Lebak Bulus jam 7 pagi penumpang sampai tidak bisa masuk gerbong, harus nunggu 3 kereta.
law_politics|skck|crowding|-|bikin skck di polres rame bgt, dari jam 6 baru dapet giliran jam 2 siang
transport|asdp-ferry|crowding|pelabuhan-ketapang|Antrean truk di Pelabuhan Ketapang sampai 5 kilometer, sopir tidur di jalan dua hari.
health|vaccination|crowding|gbk-senayan|Vaksinasi massal di GBK hari ini membludak, orang berkerumun di pintu masuk tanpa jarak.
religion|hajj|crowding|-|Manasik haji dipadatkan satu hari untuk seribu jemaah, lansia pingsan kepanasan karena tenda tidak cukup.
social_welfare|bansos-food|crowding|-|Penyaluran BLT di kantor pos kecamatan bikin kerumunan ratusan lansia sejak subuh, tidak ada tempat duduk.
ict|imei|crowding|-|Counter registrasi IMEI di bandara cuma satu, penumpang yang bawa HP dari luar negeri numpuk di situ
education|school-admission|crowding|-|Verifikasi berkas PPDB di sekolah kami dijadwalkan satu hari untuk semua pendaftar, orang tua berdesakan di aula.
energy|pln-outage|other|area-53-71|Listrik di Kota Kupang padam bergilir setiap malam sudah dua minggu, tanpa jadwal.
public_works|drainage|other|-|Got di depan rumah kami mampet, tiap hujan sedikit saja air masuk rumah
environment|waste-collection|other|-|Truk sampah tidak lewat kompleks kami sejak lebaran, sampah menumpuk dan bau
public_works|street-lights|other|-|The street lights on the main road to our village have been dark for months, there have been two robberies.
consumer_protection|consumer-disputes|other|-|Beli kulkas di toko elektronik, baru dua hari rusak, toko menolak tukar dan menyuruh ke service center
employment|wages|other|-|Pabrik tempat saya kerja bayar gaji di bawah UMK dan lembur tidak dihitung
public_works|water-supply|other|area-32-71|Air PDAM di perumahan kami di Kota Bogor mati tiap sore sampai pagi, sudah sebulan
environment|pollution|other|-|Pabrik di dekat sungai buang limbah warna hitam tiap malam, ikan-ikan mati
ict|telecom-signal|other|-|Di desa kami di pegunungan tidak ada sinyal sama sekali, anak-anak harus naik bukit untuk sekolah daring
public_works|road-damage|other|-|jalan provinsi penghubung dua kecamatan ambles sebagian, motor sering jatuh malam hari
environment|forest-fires|other|-|Asap kebakaran lahan masuk ke kota sejak seminggu, ISPA anak-anak meningkat
public_order|illegal-parking|other|-|Parkir liar di depan sekolah bikin macet tiap jam pulang, mobil jemputan parkir dua lapis
population_registry|residence-transfer|unclear_information|-|Mau pindah domisili, di website dukcapil katanya cukup online, di kelurahan katanya harus surat pengantar RT/RW. Mana yang benar?
education|kip-college|unclear_information|-|Tidak ada penjelasan kapan pengumuman KIP Kuliah tahap dua, kampus dan puslapdik saling lempar jawaban
transport|kemenhub-air-travel|unclear_information|-|Is a negative test still required for domestic flights? The ministry's website and the airline's app say different things.
health|jkn-membership|unclear_information|-|Besaran iuran BPJS kelas 3 sekarang berapa? Di aplikasi tertulis satu angka, di kantor disebut angka lain.
economy_finance|customs-parcels|unclear_information|-|Saya bingung, situs bea cukai bilang barang di bawah 3 dolar bebas bea, tapi CS bilang semua barang kena. Informasinya tidak konsisten
employment|prakerja|unclear_information|-|Di FAQ Prakerja tertulis mahasiswa boleh daftar, tapi admin di media sosialnya bilang tidak boleh. Tolong diperjelas aturannya.
land|ptsl|unclear_information|-|Tidak pernah ada sosialisasi soal PTSL di kelurahan kami, warga tidak tahu syarat dan jadwal pengukurannya
religion|hajj|unclear_information|-|Informasi pelunasan biaya haji tahun ini simpang siur, grup KBIH bilang tanggal 10, kantor Kemenag bilang belum ada jadwal
public_order|public-order|unclear_information|-|Ada spanduk larangan berjualan di taman kota tapi tidak jelas siapa yang pasang dan apa dasar aturannya
energy|fuel|unclear_information|-|Katanya beli pertalite wajib pakai QR, tapi di SPBU satu wajib di SPBU lain tidak. Aturan resminya yang mana?
village_development|village-fund|unclear_information|-|Kepala desa tidak pernah memasang papan informasi APBDes, warga tidak tahu dana desa dipakai untuk apa
transport|vehicle-inspection|unclear_information|-|jadwal uji KIR di dishub berubah2 tanpa pengumuman, di web tertulis buka sabtu, di kantor katanya tidak
`;
