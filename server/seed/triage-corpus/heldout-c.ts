/**
 * Held-out texts, part C (economy and finance, ICT, environment, consumer protection, villages, religion,
 * public order, agriculture, other, and reports in English or about two things at once); see heldout-a.ts.
 */
export const HELDOUT_C = `
economy_finance|tax-services|system_down|-|Coretax DJP tidak bisa diakses dua hari sebelum batas lapor SPT, kalau telat kena denda
economy_finance|tax-services|crowding|area-35-78|Antrean di KPP Pratama Surabaya untuk minta EFIN penuh sampai luar, nomor antrean habis jam 9
economy_finance|tax-services|service_refused|-|NPWP saya dihapus tanpa pemberitahuan, sekarang bukti potong tidak bisa dibuat
economy_finance|customs-parcels|illegal_fee|-|Paket sepatu dari Jepang harga 1 juta kena bea masuk dan pajak 1,3 juta, tidak masuk akal
economy_finance|customs-parcels|service_refused|-|Barang kiriman saya tertahan di bea cukai 3 minggu, status pelacakan tidak berubah, CS tidak bisa jawab
economy_finance|customs-passengers|illegal_fee|cgk-terminal-3|Petugas bea cukai di kedatangan T3 Soetta minta uang supaya koper saya tidak dibongkar
economy_finance|customs-passengers|unclear_information|area-51|Barang bawaan pribadi saya di Bali dikenai bea masuk, aturan batas nilainya tidak dijelaskan
economy_finance|kur|service_refused|-|Pengajuan KUR 25 juta untuk warung saya ditolak bank karena diminta sertifikat rumah sebagai agunan
economy_finance|kur|illegal_fee|-|Mantri bank minta imbalan 10 persen supaya pinjaman kredit usaha rakyat disetujui
economy_finance|umkm-aid|system_down|-|Daftar NIB di OSS gagal terus, muncul error padahal semua data sudah diisi
economy_finance|umkm-aid|service_refused|-|Bantuan modal untuk pelaku usaha mikro tidak sampai ke pedagang pasar, yang dapat malah kerabat pejabat
economy_finance|financial-services|officer_conduct|-|Debt collector pinjol menyebarkan foto KTP saya ke semua kontak dan mengancam, padahal saya masih dalam masa bayar
economy_finance|financial-services|service_refused|-|Klaim asuransi kesehatan swasta saya ditolak dengan alasan penyakit bawaan yang tidak pernah ada
economy_finance|financial-services|officer_conduct|-|Leasing menarik motor saya di jalan secara paksa oleh orang yang tidak membawa surat apa pun
ict|gov-digital|system_down|-|Website layanan online pemda sudah dua hari down, tidak bisa mengajukan izin apa pun
ict|gov-digital|system_down|-|Aplikasi layanan publik pemerintah provinsi tidak bisa login, selalu muncul error 500
ict|gov-digital|system_down|-|the city government's online portal keeps timing out and there is no other way to apply
ict|telecom-signal|other|area-53-01|Desa kami di Kabupaten Kupang sama sekali tidak ada sinyal, anak sekolah harus naik bukit untuk belajar online
ict|telecom-signal|other|-|Menara BTS di kampung sudah berdiri dua tahun tapi tidak pernah menyala
ict|data-protection|other|-|Data KTP saya bocor dan dipakai orang lain untuk pinjam di aplikasi pinjol, saya ditagih terus
ict|data-protection|other|-|Data pribadi warga penerima bantuan, lengkap dengan NIK, disebar di grup WhatsApp oleh staf kelurahan
ict|imei|system_down|-|HP yang saya beli resmi di toko tiba-tiba tidak ada sinyal karena IMEI tidak terdaftar
ict|imei|illegal_fee|-|Daftar IMEI ponsel dari luar negeri di bandara disuruh bayar tanpa penjelasan hitungan pajaknya
environment|waste-collection|other|area-31-73|Sampah di TPS dekat pasar di Jakarta Barat menumpuk sampai ke badan jalan, sudah seminggu tidak diangkut
environment|waste-collection|other|-|truk sampah gak dateng2 udah 2 minggu, bau busuk sampe ke dalem rumah
environment|waste-collection|illegal_fee|-|Petugas kebersihan minta iuran sampah tambahan 50 ribu per rumah di luar retribusi resmi
environment|pollution|other|area-32-01|Pabrik di Kabupaten Bogor membuang limbah ke sungai, airnya hitam dan ikan-ikan mati
environment|pollution|other|-|Asap pembakaran dari pabrik peleburan membuat warga sesak napas setiap malam
environment|pollution|other|area-35-15|Pencemaran sungai oleh limbah tahu di Sidoarjo sudah bertahun-tahun tanpa penindakan
environment|forest-fires|other|area-14-71|Kabut asap karhutla di Pekanbaru membuat sekolah diliburkan, anak saya kena ISPA
environment|forest-fires|other|-|Lahan gambut di dekat desa terbakar seminggu, tidak ada pemadaman dari pemerintah
consumer_protection|consumer-disputes|other|-|Beli kulkas di toko online datang rusak, penjual dan platform menolak refund
consumer_protection|consumer-disputes|other|area-36-74|Developer perumahan di Tangsel belum menyerahkan rumah yang sudah kami lunasi 2 tahun lalu
consumer_protection|consumer-disputes|other|-|Servis garansi laptop ditolak dengan alasan kerusakan karena pemakaian, padahal baru seminggu
consumer_protection|food-drugs|other|-|Minimarket di dekat rumah menjual roti kedaluwarsa dan susu yang sudah lewat tanggal
consumer_protection|food-drugs|other|area-12-71|Krim pemutih tanpa izin BPOM dijual bebas di pasar Medan, teman saya wajahnya rusak
village_development|village-fund|unclear_information|-|Kepala desa kami tidak pernah memasang papan informasi penggunaan dana desa, warga tidak tahu anggaran untuk apa
village_development|village-fund|illegal_fee|-|BLT dana desa dipotong 100 ribu oleh perangkat desa untuk "uang administrasi"
village_development|village-fund|service_refused|-|Yang dapat BLT Dana Desa hanya keluarga perangkat desa, janda miskin di RT kami tidak dapat
village_development|village-office|illegal_fee|-|Minta surat keterangan tidak mampu di kantor desa disuruh bayar 50 ribu
village_development|village-office|officer_conduct|-|Kantor desa sering tutup di jam kerja, sekdes susah ditemui kalau mau urus surat pengantar
religion|marriage-registration|illegal_fee|-|Nikah di KUA hari kerja seharusnya gratis tapi penghulu minta 500 ribu
religion|marriage-registration|service_refused|-|Buku nikah kami belum diberikan KUA padahal akad sudah tiga bulan lalu
religion|hajj|other|-|Travel umrah membatalkan keberangkatan sehari sebelum berangkat dan uang 30 juta jemaah belum kembali
religion|hajj|service_refused|-|Nomor porsi haji orang tua saya tidak jelas statusnya, di kantor Kemenag kabupaten disuruh menunggu terus
religion|hajj|system_down|-|Pelunasan biaya haji ditolak sistem padahal nama ibu saya masuk daftar berangkat tahun ini
religion|halal-certification|service_refused|-|Sertifikat halal self declare untuk usaha keripik saya tidak terbit sudah 6 bulan
religion|halal-certification|illegal_fee|-|Pendamping proses produk halal minta bayaran padahal program sertifikasi halal gratis untuk UMK
public_order|illegal-parking|illegal_fee|area-31-74|Jukir liar di depan minimarket di Jaksel memaksa bayar parkir 5 ribu padahal di pintu tertulis parkir gratis
public_order|illegal-parking|other|-|Mobil-mobil parkir liar di bahu jalan depan sekolah membuat macet setiap pagi, tidak pernah ditertibkan
public_order|public-order|other|area-31-71|Trotoar di Tanah Abang penuh pedagang kaki lima, pejalan kaki terpaksa jalan di jalan raya
public_order|public-order|officer_conduct|-|Satpol PP merusak gerobak dan dagangan ibu saya waktu penertiban, tidak ada surat peringatan sebelumnya
public_order|public-nuisance|other|-|Tempat karaoke di sebelah rumah bising sampai jam 4 pagi setiap hari, sudah lapor RT tidak digubris
public_order|public-nuisance|other|area-33-74|Balap liar tiap malam minggu di jalan depan kompleks kami di Semarang, warga resah
agriculture|fertiliser|illegal_fee|-|Pupuk urea subsidi di kios dijual 150 ribu per sak, HET nya 112 ribu, petani terpaksa beli
agriculture|fertiliser|service_refused|-|Kartu tani saya tidak bisa dipakai menebus pupuk bersubsidi, kata kios kuotanya sudah habis
agriculture|livestock-health|service_refused|-|Sapi-sapi warga kena PMK, sudah lapor ke dinas peternakan tapi dokter hewan tidak datang
agriculture|livestock-health|illegal_fee|-|Vaksin ternak yang katanya gratis dari pemerintah dijual ke peternak 50 ribu per ekor
agriculture|farm-aid|service_refused|-|Bantuan traktor untuk kelompok tani kami hanya dipakai oleh ketua gapoktan dan keluarganya
agriculture|farm-aid|service_refused|-|Benih padi bantuan datang sebulan setelah musim tanam lewat, tidak bisa dipakai
other|public-service-mall|crowding|mpp-siola|Nomor antrean di MPP Siola sudah habis jam 8 pagi, padahal baru buka jam 8
other|public-service-mall|officer_conduct|mpp-jakarta|Beberapa gerai di Mal Pelayanan Publik Jakarta kosong tanpa petugas di jam layanan
other|postal|service_refused|-|Paket yang saya kirim lewat Pos Indonesia hilang, sudah klaim sebulan tidak ada ganti rugi
other|postal|service_refused|-|Resi kiriman pos tidak bisa dilacak dua minggu, kantor pos bilang tunggu saja
health|ehac|system_down|cgk-terminal-3|Can't believe it, the health alert card system is down again and everyone at Terminal 3 Soetta has to fill in paper forms
health|ehac|crowding|cgk-terminal-2|T2 soetta antrean ehac parah, udh 2 jam gak maju2, ga ada jaga jarak sama sekali
health|ehac|system_down|cgk-terminal-3|server HAC kemenkes mati, QR ga bisa discan di terminal 3 cengkareng
health|jkn-referral|service_refused|rscm|My mother has BPJS and RSCM told us the ward is full, but a private-paying patient got a bed the same hour
transport|krl-commuter|system_down|stasiun-sudirman|Stasiun Sudirman sore ini chaos, KRL gangguan dan penumpang numpuk di peron
transport|kai-intercity|service_refused|stasiun-gubeng|Refund tiket kereta dari Gubeng yang dibatalkan karena banjir belum dikembalikan
transport|sim|illegal_fee|-|mau bikin sim disuruh lewat "biro jasa" 850rb kalo gamau ya ujian terus gak lulus2
population_registry|ktp-el|service_refused|-|Ktp el saya rusak, mau ganti katanya blangko kosong, suruh pake surat keterangan aja
law_politics|passport|crowding|-|Passport appointments are impossible to get, every slot in the app is gone in seconds at midnight
energy|pln-outage|other|area-51-71|Listrik di Denpasar padam seharian, usaha laundry kami rugi dan tidak ada info dari PLN
public_works|water-supply|other|-|The tap water in our house has been off for a week and the water company does not answer calls
education|school-fees|illegal_fee|-|My son's state school is charging a compulsory building fee of 3 million rupiah
social_welfare|bansos-food|illegal_fee|-|The food aid agent cut my mother's allowance and only gave her a small bag of rice
land|ptsl|illegal_fee|-|The village committee for the free land certificate programme asked us for a million rupiah
employment|wages|other|-|My employer has not paid me for three months and the labour office ignores our complaint
economy_finance|tax-services|system_down|-|The tax office website crashed on the last day for filing returns
environment|waste-collection|other|-|Nobody has collected the rubbish on our street for two weeks, it is piling up everywhere
health|puskesmas|crowding|-|puskesmas kecamatan antrian nya dari jam 6, dokternya cuma 1, yang sakit sampai duduk di lantai
health|rsud-emergency|service_refused|area-32-73|Ayah kecelakaan dibawa ke IGD RSUD di Bandung, ditolak dengan alasan penuh, harus cari RS lain tengah malam
transport|asdp-ferry|crowding|pelabuhan-gilimanuk|Libur panjang di Gilimanuk kendaraan antre sampai 10 jam untuk naik kapal ke Jawa
transport|transjakarta|crowding|-|bus tj jarang bgt lewat, halte penuh, panas, berdiri sejam
population_registry|kk|crowding|dukcapil-jaksel-kantor|Dukcapil Jaksel antrean cetak KK sampai sore, kursi tunggu tidak cukup
law_politics|skck|illegal_fee|-|skck di polsek dimintain 100rb, katanya buat legalisir
energy|fuel|crowding|-|SPBU di kota kami kehabisan pertalite, antre 3 jam cuma dapat 10 liter
public_works|road-damage|other|area-36-03|Jalan raya Kabupaten Tangerang rusak parah berlubang di mana-mana, truk tanah lewat tiap hari
education|school-admission|service_refused|area-36-74|Anak kami ditolak di SMA negeri Tangsel jalur afirmasi padahal punya KIP
ict|gov-digital|system_down|-|portal layanan perizinan online error terus dari kemarin, gak bisa upload dokumen
religion|marriage-registration|illegal_fee|-|daftar nikah di kua ditarik biaya 1 juta, katanya ongkos penghulu datang ke rumah
health|vaccination|crowding|-|Sentra vaksin di mal penuh sesak, antrean sampai ke parkiran tanpa jaga jarak
transport|mrt|crowding|-|MRT jam pulang kerja penuh banget, frekuensi kereta dikurangi tanpa alasan
social_welfare|pkh|unclear_information|-|Pencairan PKH tahap ini tidak jelas jadwalnya, pendamping tidak bisa dihubungi
public_order|illegal-parking|illegal_fee|-|Tukang parkir di depan ATM minta 5 ribu, kalau tidak bayar motor digembok
agriculture|fertiliser|crowding|-|Petani antre pupuk bersubsidi di kios sampai malam, jatahnya cuma 1 sak per orang
consumer_protection|food-drugs|other|-|Obat batuk yang dijual di warung tidak ada nomor izin edar BPOM dan kemasannya mencurigakan
village_development|village-office|illegal_fee|-|Perangkat desa minta uang rokok setiap kali kami minta surat pengantar
employment|jht-claim|service_refused|area-32-73|Kantor BPJS Ketenagakerjaan Bandung menolak klaim JHT saya karena nama di KTP beda satu huruf
law_politics|police-report|service_refused|area-12-71|Laporan KDRT saya di Polrestabes Medan tidak diproses, penyidik menyuruh saya berdamai
health|jkn-membership|illegal_fee|-|Saya diminta bayar denda BPJS Kesehatan 2 juta untuk mengaktifkan kartu padahal tunggakan cuma 3 bulan
transport|samsat|crowding|-|Samsat keliling cuma satu mobil, antrean bayar pajak kendaraan panjang di bawah terik matahari
economy_finance|financial-services|officer_conduct|-|Penagih utang kartu kredit datang ke kantor saya dan mempermalukan saya di depan rekan kerja
public_works|street-lights|other|-|lampu jalan di gang kami mati udah 3 bulan, gelap gulita, ibu2 takut pulang malem
environment|pollution|other|-|Bau busuk dari peternakan babi di dekat permukiman sudah bertahun-tahun tidak ada penanganan
land|land-certificate|service_refused|-|Pengukuran ulang tanah untuk pemecahan sertifikat tidak dijadwalkan sudah 8 bulan
ict|data-protection|other|-|Nomor HP saya terus dihubungi penipu yang tahu nama lengkap dan alamat, diduga data dari situs pemerintah bocor
education|kjp|system_down|-|Saldo KJP tidak bisa dipakai belanja kebutuhan sekolah di toko mitra, mesin EDC selalu gagal
health|puskesmas|officer_conduct|area-32-01|Bidan di puskesmas pembantu di Kabupaten Bogor marah-marah ke ibu yang bawa bayi demam malam hari
health|jkn-membership|service_refused|-|kartu kis bapak saya katanya dipindah ke pbi daerah tapi gak ada yang bisa jelasin kenapa sekarang nonaktif
transport|cgk-terminal|crowding|cgk-terminal-3|Pagi ini keberangkatan T3 Soetta macet total di pemeriksaan kartu kesehatan, antrean sampai ke drop zone
transport|krl-commuter|system_down|-|Commuter line stuck for an hour between stations because of a signal problem, no information from the staff
transport|sim|unclear_information|-|Syarat perpanjang SIM yang sudah mati berubah lagi, di polres bilang harus bikin baru, di website bilang bisa perpanjang
population_registry|ktp-el|crowding|area-35-78|Perekaman KTP di Dispendukcapil Surabaya antre dari jam 4 subuh, blangko cuma untuk 50 orang
population_registry|birth-certificate|service_refused|-|My baby's birth certificate application has been pending for five weeks although everything was submitted
law_politics|prison-visits|illegal_fee|area-35-78|Besuk tahanan di rutan Surabaya harus titip uang ke petugas supaya makanan yang kami bawa boleh masuk
energy|pln-outage|other|area-61-71|Pemadaman listrik di Pontianak hampir setiap hari 4 jam, usaha fotokopi saya tidak bisa jalan
energy|lpg|illegal_fee|-|harga gas melon di pengecer kampung sampe 35rb, di pangkalan selalu bilang habis
public_works|drainage|other|area-36-71|Kali di belakang perumahan di Kota Tangerang penuh sampah dan meluap setiap hujan, pintu air rusak
public_works|building-permit|service_refused|-|Pengajuan PBG lewat SIMBG katanya bisa online tapi tetap disuruh datang bawa berkas fisik berkali-kali
education|school-fees|illegal_fee|area-33-74|SMA negeri di Semarang menarik uang perpisahan 1,2 juta per siswa dan mengancam ijazah tidak dibagikan
education|school-admission|illegal_fee|-|Kepala sekolah minta "uang bangku" 7 juta supaya anak saya bisa masuk SMP negeri favorit
social_welfare|bansos-food|service_refused|area-53-01|Lansia di desa kami di Kabupaten Kupang tidak pernah dapat bantuan sembako padahal hidup sendiri
land|land-certificate|illegal_fee|area-32-75|Balik nama sertifikat di BPN Kota Bekasi dimintai biaya tambahan 5 juta lewat orang dalam
employment|wages|other|area-36-03|Pabrik sepatu di Kabupaten Tangerang membayar upah di bawah UMK dan memaksa lembur tanpa bayaran
economy_finance|customs-parcels|illegal_fee|-|Kiriman obat dari saudara di luar negeri ditahan bea cukai, disuruh bayar biaya gudang yang terus bertambah
ict|telecom-signal|other|-|Sinyal internet di kecamatan kami putus-putus sejak tower operator rusak tersambar petir
environment|waste-collection|other|area-32-73|TPS di dekat pasar di Bandung meluber, sampah berserakan sampai ke jalan dan lalat di mana-mana
religion|hajj|service_refused|-|Jadwal keberangkatan haji ibu saya diundur tanpa surat resmi dari kantor Kemenag
public_order|public-order|other|-|PKL menutup seluruh trotoar depan stasiun, penyandang disabilitas tidak bisa lewat
agriculture|livestock-health|officer_conduct|-|Puskeswan di kecamatan tutup terus, ternak kambing kami yang sakit tidak ada yang memeriksa
village_development|village-fund|illegal_fee|-|Dana desa untuk jalan usaha tani dipakai kades untuk beli mobil pribadi, warga sudah protes
`;
