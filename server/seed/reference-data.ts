import type { AgencyKind, Role } from "@/server/db/schema/constants";

export const DEMO_PASSWORD = "sigap-demo-2020";

export const SEED_AGENCIES: Array<{
  slug: string;
  acronym: string;
  nameId: string;
  nameEn: string;
  kind: AgencyKind;
  parentSlug?: string;
}> = [
  { slug: "kemenkes", acronym: "Kemenkes", nameId: "Kementerian Kesehatan", nameEn: "Ministry of Health", kind: "ministry" },
  { slug: "kemenhub", acronym: "Kemenhub", nameId: "Kementerian Perhubungan", nameEn: "Ministry of Transportation", kind: "ministry" },
  {
    slug: "kementerian-bumn",
    acronym: "Kementerian BUMN",
    nameId: "Kementerian Badan Usaha Milik Negara",
    nameEn: "Ministry of State-Owned Enterprises",
    kind: "ministry",
  },
  {
    slug: "angkasa-pura-ii",
    acronym: "AP II",
    nameId: "PT Angkasa Pura II (Persero)",
    nameEn: "PT Angkasa Pura II (airport operator)",
    kind: "operator",
    parentSlug: "kementerian-bumn",
  },
  {
    slug: "kai-commuter",
    acronym: "KAI Commuter",
    nameId: "PT Kereta Commuter Indonesia",
    nameEn: "PT KAI Commuter (commuter rail operator)",
    kind: "operator",
    parentSlug: "kementerian-bumn",
  },
  { slug: "kemendagri", acronym: "Kemendagri", nameId: "Kementerian Dalam Negeri", nameEn: "Ministry of Home Affairs", kind: "ministry" },
  {
    slug: "dukcapil-jaksel",
    acronym: "Sudin Dukcapil Jaksel",
    nameId: "Suku Dinas Kependudukan dan Pencatatan Sipil Jakarta Selatan",
    nameEn: "South Jakarta Population and Civil Registry Office",
    kind: "local_government",
    parentSlug: "kemendagri",
  },
];

export const SEED_SERVICES: Array<{
  code: string;
  agencySlug: string;
  nameId: string;
  nameEn: string;
  descriptionId: string;
  descriptionEn: string;
  keywords: string;
  group: string;
}> = [
  {
    code: "ehac",
    agencySlug: "kemenkes",
    nameId: "e-HAC (Kartu Kewaspadaan Kesehatan Elektronik)",
    nameEn: "e-HAC (electronic Health Alert Card)",
    descriptionId: "Kartu kewaspadaan kesehatan elektronik yang wajib diisi penumpang pesawat domestik selama pandemi Covid-19.",
    descriptionEn: "The electronic Health Alert Card every domestic air passenger had to fill in during the Covid-19 pandemic.",
    keywords: "ehac e-hac hac kesehatan health alert card kemenkes kementerian kesehatan server aplikasi",
    group: "Kesehatan",
  },
  {
    code: "kemenkes-covid-test",
    agencySlug: "kemenkes",
    nameId: "Verifikasi hasil tes Covid-19 perjalanan",
    nameEn: "Travel Covid-19 test result verification",
    descriptionId: "Pemeriksaan surat hasil tes PCR/antigen bagi pelaku perjalanan.",
    descriptionEn: "Checks of PCR/antigen test certificates for travellers.",
    keywords: "pcr antigen rapid tes covid kesehatan health kemenkes",
    group: "Kesehatan",
  },
  {
    code: "kemenhub-air-travel",
    agencySlug: "kemenhub",
    nameId: "Pengawasan angkutan udara",
    nameEn: "Air transport supervision",
    descriptionId: "Pengawasan penerapan aturan perjalanan udara di bandara.",
    descriptionEn: "Supervision of air travel rules at airports.",
    keywords: "perhubungan kemenhub udara penerbangan bandara transportation",
    group: "Transportasi",
  },
  {
    code: "cgk-terminal",
    agencySlug: "angkasa-pura-ii",
    nameId: "Layanan terminal Bandara Soekarno-Hatta",
    nameEn: "Soekarno-Hatta Airport terminal services",
    descriptionId: "Antrean, pemeriksaan dokumen kesehatan, dan pelayanan penumpang di terminal.",
    descriptionEn: "Queues, health-document checks and passenger services in the terminals.",
    keywords: "bandara soekarno hatta soetta cgk terminal angkasa pura ap2 antrean",
    group: "Transportasi",
  },
  {
    code: "krl-commuter",
    agencySlug: "kai-commuter",
    nameId: "KRL Commuter Line Jabodetabek",
    nameEn: "Jabodetabek Commuter Line (KRL)",
    descriptionId: "Layanan kereta rel listrik komuter di Jabodetabek.",
    descriptionEn: "Electric commuter rail in Greater Jakarta.",
    keywords: "krl kereta commuter stasiun kai antrean tiket",
    group: "Transportasi",
  },
  {
    code: "ktp-el",
    agencySlug: "dukcapil-jaksel",
    nameId: "Perekaman dan pencetakan KTP-el",
    nameEn: "Electronic ID card (KTP-el) issuance",
    descriptionId: "Perekaman data dan pencetakan kartu tanda penduduk elektronik.",
    descriptionEn: "Recording and printing of the electronic identity card.",
    keywords: "ktp ktp-el dukcapil kependudukan identitas blanko",
    group: "Administrasi kependudukan",
  },
];

export const SEED_PLACES: Array<{
  slug: string;
  name: string;
  address: string;
  city: string;
  province: string;
  lat: number | null;
  lng: number | null;
}> = [
  {
    slug: "cgk-terminal-2",
    name: "Terminal 2 Bandara Soekarno-Hatta",
    address: "Bandara Internasional Soekarno-Hatta",
    city: "Tangerang",
    province: "Banten",
    lat: -6.1256,
    lng: 106.6559,
  },
  {
    slug: "cgk-terminal-3",
    name: "Terminal 3 Bandara Soekarno-Hatta",
    address: "Bandara Internasional Soekarno-Hatta",
    city: "Tangerang",
    province: "Banten",
    lat: -6.1187,
    lng: 106.6636,
  },
  {
    slug: "cgk-terminal-1",
    name: "Terminal 1 Bandara Soekarno-Hatta",
    address: "Bandara Internasional Soekarno-Hatta",
    city: "Tangerang",
    province: "Banten",
    lat: -6.1266,
    lng: 106.6536,
  },
  {
    slug: "stasiun-manggarai",
    name: "Stasiun Manggarai",
    address: "Jl. Manggarai Utara 1",
    city: "Jakarta Selatan",
    province: "DKI Jakarta",
    lat: -6.21,
    lng: 106.8503,
  },
  {
    slug: "stasiun-bogor",
    name: "Stasiun Bogor",
    address: "Jl. Nyi Raja Permas",
    city: "Bogor",
    province: "Jawa Barat",
    lat: -6.5956,
    lng: 106.7906,
  },
  {
    slug: "dukcapil-jaksel-kantor",
    name: "Kantor Sudin Dukcapil Jakarta Selatan",
    address: "Jl. Prapanca Raya No. 9",
    city: "Jakarta Selatan",
    province: "DKI Jakarta",
    lat: null,
    lng: null,
  },
];

export const SEED_USERS: Array<{ email: string; name: string; role: Role; agencySlug?: string }> = [
  { email: "admin@sigap.example", name: "Ratna Dewi (Admin)", role: "admin" },
  // A second admin: publishing needs one who neither wrote nor submitted the report.
  { email: "admin2@sigap.example", name: "Hendra Wijaya (Admin)", role: "admin" },
  { email: "investigator@sigap.example", name: "Budi Santoso (Asisten Pemeriksa)", role: "investigator" },
  { email: "kemenkes@sigap.example", name: "dr. Sari Wulandari (Kemenkes)", role: "agency_responder", agencySlug: "kemenkes" },
  { email: "kemenhub@sigap.example", name: "Agus Pratama (Kemenhub)", role: "agency_responder", agencySlug: "kemenhub" },
  { email: "ap2@sigap.example", name: "Maya Lestari (Angkasa Pura II)", role: "agency_responder", agencySlug: "angkasa-pura-ii" },
];

/** Fixed-date national holidays and the 2020 year-end collective leave; configurable, extend per year. */
export function seedHolidays(): Array<{ day: string; name: string }> {
  const fixed: Array<[string, string]> = [
    ["01-01", "Tahun Baru Masehi"],
    ["05-01", "Hari Buruh Internasional"],
    ["06-01", "Hari Lahir Pancasila"],
    ["08-17", "Hari Kemerdekaan Republik Indonesia"],
    ["12-25", "Hari Raya Natal"],
  ];
  const days: Array<{ day: string; name: string }> = [];
  for (let year = 2020; year <= 2027; year++) {
    for (const [md, name] of fixed) days.push({ day: `${year}-${md}`, name });
  }
  days.push({ day: "2020-12-24", name: "Cuti bersama Natal" }, { day: "2020-12-31", name: "Cuti bersama akhir tahun" });
  return days;
}

export const SEED_CANNED_RESPONSES = [
  {
    key: "ask-chronology",
    titleId: "Minta kronologi",
    titleEn: "Ask for the chronology",
    bodyId: "Terima kasih atas laporan Anda. Mohon lengkapi kronologi kejadian: tanggal, jam, lokasi, dan petugas yang Anda temui.",
    bodyEn: "Thank you for your report. Please complete the chronology: date, time, place and the officers you dealt with.",
  },
  {
    key: "merged-into-incident",
    titleId: "Digabung ke insiden",
    titleEn: "Merged into an incident",
    bodyId: "Laporan Anda kami gabungkan dengan laporan lain tentang kejadian yang sama. Perkembangannya dapat Anda ikuti di halaman ini.",
    bodyEn: "We have grouped your report with others about the same event. You can follow its progress on this page.",
  },
];
