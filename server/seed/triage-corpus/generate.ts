import type { ComplaintCategory, TopicCode } from "@/server/db/schema/constants";
import type { LabelledText } from "@/server/domain/triage/model";
import { seededRandom, type Random } from "@/server/seed/random";
import { SERVICE_SUBJECTS, type ServiceSubject } from "./subjects";

/**
 * The training part of the triage corpus: reports composed from each service's subjects and problems
 * (subjects.ts) in the ways people write — a formal letter, a plain account, chat shorthand with typos,
 * English, a mix. Deterministic (seeded). Every text is grouped by the frame that shaped it, so the
 * calibration folds never train and measure on one frame. The held-out texts (heldout.ts) are written
 * separately and never come from here.
 */

type Frame = { id: string; category: ComplaintCategory; english?: boolean; render: (v: Slots) => string };
/** `issue` is the service's own problem; `extra` repeats it as a sentence only where it cannot contradict the frame's category. */
type Slots = { subject: string; issue: string; extra: string; at: string; n: number; amount: string };

const amount = (r: Random) => r.pick(["50 ribu", "100 ribu", "150.000", "200rb", "300 ribu", "500.000", "1 juta", "2,5 juta"]);

const FRAMES: Frame[] = [
  {
    id: "crowd-1",
    category: "crowding",
    render: (v) => `Saya mau mengurus ${v.subject}${v.at}, antreannya panjang sekali, sudah ${v.n} jam belum dipanggil.`,
  },
  {
    id: "crowd-2",
    category: "crowding",
    render: (v) => `Antrean ${v.subject}${v.at} menumpuk dan berdesakan, tidak ada petugas yang mengatur.${v.extra}`,
  },
  {
    id: "crowd-3",
    category: "crowding",
    render: (v) => `Hari ini${v.at} ratusan orang menunggu untuk ${v.subject} sejak subuh, loket cuma buka satu.`,
  },
  {
    id: "down-1",
    category: "system_down",
    render: (v) => `Sistem untuk ${v.subject} error sejak pagi${v.at}, petugas bilang server sedang gangguan.${v.extra}`,
  },
  {
    id: "down-2",
    category: "system_down",
    render: (v) => `Aplikasinya tidak bisa dibuka waktu saya mengurus ${v.subject}, muncul pesan gagal terus.${v.extra}`,
  },
  {
    id: "down-3",
    category: "system_down",
    render: (v) => `Pelayanan ${v.subject}${v.at} berhenti karena jaringan offline, kami disuruh kembali besok.`,
  },
  { id: "refuse-1", category: "service_refused", render: (v) => `Permohonan ${v.subject} saya ditolak${v.at} tanpa alasan yang jelas.${v.extra}` },
  {
    id: "refuse-2",
    category: "service_refused",
    render: (v) => `Sudah ${v.n} minggu urusan ${v.subject} tidak selesai, setiap ditanya jawabannya masih proses.${v.extra}`,
  },
  { id: "refuse-3", category: "service_refused", render: (v) => `Petugas${v.at} menolak melayani ${v.subject} karena katanya kuota hari ini habis.` },
  {
    id: "fee-1",
    category: "illegal_fee",
    render: (v) => `Untuk ${v.subject}${v.at} saya dimintai uang ${v.amount} oleh oknum petugas, katanya biar cepat.`,
  },
  {
    id: "fee-2",
    category: "illegal_fee",
    render: (v) => `Ada calo${v.at} yang menawarkan ${v.subject} dengan bayaran ${v.amount} dan petugas membiarkan saja.${v.extra}`,
  },
  {
    id: "fee-3",
    category: "illegal_fee",
    render: (v) => `Biaya ${v.subject} seharusnya gratis atau sesuai tarif resmi, tapi kami diminta bayar ${v.amount} tanpa kuitansi.`,
  },
  {
    id: "conduct-1",
    category: "officer_conduct",
    render: (v) => `Petugas yang melayani ${v.subject}${v.at} bersikap kasar dan membentak warga yang bertanya.`,
  },
  {
    id: "conduct-2",
    category: "officer_conduct",
    render: (v) => `Oknum petugas ${v.subject}${v.at} datang terlambat, sibuk main HP, dan tidak peduli warga menunggu.${v.extra}`,
  },
  {
    id: "info-1",
    category: "unclear_information",
    render: (v) => `Informasi persyaratan ${v.subject} berbeda-beda, di website lain di loket lain, kami bolak-balik ${v.n} kali.`,
  },
  {
    id: "info-2",
    category: "unclear_information",
    render: (v) => `Tidak ada penjelasan apa pun soal ${v.subject}${v.at} dan tidak ada pengumuman resmi.${v.extra}`,
  },
  { id: "other-1", category: "other", render: (v) => `Saya ingin melaporkan masalah ${v.subject}${v.at}: ${v.issue}.` },
  { id: "other-2", category: "other", render: (v) => `${v.issue}${v.at}. Sudah dilaporkan ke instansi terkait ${v.n} kali tapi belum ada tindakan.` },
  {
    id: "other-3",
    category: "other",
    render: (v) => `Warga sekitar mengeluhkan ${v.subject}${v.at}. ${v.issue} dan tidak ada yang bertanggung jawab.`,
  },
  {
    id: "crowd-4",
    category: "crowding",
    render: (v) => `Kondisi pelayanan ${v.subject}${v.at} sangat padat, orang berdesak-desakan menunggu giliran tanpa jaga jarak.`,
  },
  {
    id: "crowd-5",
    category: "crowding",
    render: (v) => `Nomor antrean untuk ${v.subject}${v.at} sudah habis sejak pagi, yang datang siang disuruh pulang.${v.extra}`,
  },
  {
    id: "down-4",
    category: "system_down",
    render: (v) => `Urusan ${v.subject} tidak bisa diproses karena sistemnya mati${v.at}, sudah ${v.n} hari begini.`,
  },
  {
    id: "down-5",
    category: "system_down",
    render: (v) => `Website dan aplikasi untuk ${v.subject} gagal terus, setiap dicoba muncul tulisan error.`,
  },
  {
    id: "refuse-4",
    category: "service_refused",
    render: (v) => `Berkas ${v.subject} saya dikembalikan${v.at} dan disuruh datang lagi minggu depan tanpa kepastian kapan selesai.`,
  },
  {
    id: "refuse-5",
    category: "service_refused",
    render: (v) => `Saya tidak dilayani waktu mengurus ${v.subject}${v.at}, alasannya macam-macam.${v.extra}`,
  },
  {
    id: "fee-4",
    category: "illegal_fee",
    render: (v) => `Oknum${v.at} meminta imbalan ${v.amount} untuk ${v.subject}, kalau tidak bayar urusannya dipersulit.`,
  },
  {
    id: "fee-5",
    category: "illegal_fee",
    render: (v) => `Ada pungli dalam ${v.subject}${v.at}: warga ditarik ${v.amount} tanpa dasar aturan.${v.extra}`,
  },
  {
    id: "conduct-3",
    category: "officer_conduct",
    render: (v) => `Saya diperlakukan tidak sopan oleh petugas saat ${v.subject}${v.at}, dimarahi di depan banyak orang.`,
  },
  {
    id: "conduct-4",
    category: "officer_conduct",
    render: (v) => `Petugas ${v.subject}${v.at} pilih kasih, mendahulukan kenalannya dan mengabaikan warga yang sudah menunggu.`,
  },
  {
    id: "info-3",
    category: "unclear_information",
    render: (v) => `Kami bingung soal ${v.subject}: tidak ada informasi resmi${v.at} dan petugas juga tidak tahu.${v.extra}`,
  },
  {
    id: "info-4",
    category: "unclear_information",
    render: (v) => `Jadwal dan syarat ${v.subject} berubah tanpa pemberitahuan${v.at}, warga tidak diberi penjelasan.`,
  },
  { id: "other-4", category: "other", render: (v) => `Mohon perhatian untuk ${v.subject}${v.at}. ${v.issue}, warga sangat dirugikan.` },
  {
    id: "en-crowd-2",
    category: "crowding",
    english: true,
    render: (v) => `Hundreds of people were packed together waiting for ${v.subject}${v.at}, with nobody managing the line.`,
  },
  {
    id: "en-fee-2",
    category: "illegal_fee",
    english: true,
    render: (v) => `We were told to pay a bribe of ${v.amount} to get ${v.subject} done${v.at}.${v.extra}`,
  },
  {
    id: "en-info-2",
    category: "unclear_information",
    english: true,
    render: (v) => `The rules for ${v.subject} changed without any announcement${v.at} and staff could not explain them.`,
  },
  {
    id: "en-other-2",
    category: "other",
    english: true,
    render: (v) => `Please look into ${v.subject}${v.at}. ${v.issue}, and nobody takes responsibility.`,
  },
  {
    id: "en-crowd",
    category: "crowding",
    english: true,
    render: (v) => `I was trying to sort out ${v.subject}${v.at} and the queue was enormous, I stood for ${v.n} hours.`,
  },
  {
    id: "en-down",
    category: "system_down",
    english: true,
    render: (v) => `The system for ${v.subject} has been down since this morning${v.at}.${v.extra}`,
  },
  {
    id: "en-refuse",
    category: "service_refused",
    english: true,
    render: (v) => `My request about ${v.subject} was refused${v.at} without any reason.${v.extra}`,
  },
  {
    id: "en-fee",
    category: "illegal_fee",
    english: true,
    render: (v) => `An officer asked me for ${v.amount} rupiah for ${v.subject}${v.at}, with no receipt.`,
  },
  {
    id: "en-conduct",
    category: "officer_conduct",
    english: true,
    render: (v) => `The staff handling ${v.subject}${v.at} were rude and shouted at people.`,
  },
  {
    id: "en-info",
    category: "unclear_information",
    english: true,
    render: (v) => `Nobody can tell us the requirements for ${v.subject}${v.at}; every counter says something else.`,
  },
  { id: "en-other", category: "other", english: true, render: (v) => `I want to report a problem with ${v.subject}${v.at}: ${v.issue}.` },
];

/**
 * What people say of each kind of failure, as clauses: combined with any service they make many more ways of
 * saying one category than the frames alone (the category is about what went wrong, not which service).
 */
const CUES: Record<ComplaintCategory, { id: string[]; en: string[] }> = {
  crowding: {
    id: [
      "antrenya mengular sampai ke luar gedung",
      "orang berjubel tanpa jaga jarak",
      "ruang tunggu penuh sampai banyak yang berdiri",
      "kami menunggu dari subuh sampai sore",
      "kuota nomor antrean cepat sekali habis",
      "loket yang buka cuma sedikit padahal yang datang ratusan",
      "penumpukan orang terjadi setiap hari",
      "desak-desakan sampai ada yang pingsan",
    ],
    en: ["the queue went all the way outside", "people were crammed together with no distancing", "we waited from dawn until the afternoon"],
  },
  system_down: {
    id: [
      "sistemnya offline terus",
      "servernya down dan tidak bisa diakses",
      "aplikasinya error dan tidak bisa login",
      "mesinnya rusak dan tidak bisa membaca kartu",
      "data saya tidak muncul di sistem",
      "jaringan komputernya putus",
      "situsnya tidak bisa dibuka sejak kemarin",
      "kode OTP tidak pernah masuk",
      "pembayaran gagal padahal saldo terpotong",
    ],
    en: [
      "the system was offline",
      "the server was down and nothing could be processed",
      "the app kept showing an error",
      "the machine could not read the card",
    ],
  },
  service_refused: {
    id: [
      "permohonan kami ditolak begitu saja",
      "sudah berbulan-bulan tidak ada kepastian",
      "berkas kami dibiarkan menumpuk tanpa diproses",
      "kami disuruh kembali lagi dan lagi",
      "hak kami tidak diberikan",
      "nama kami dicoret tanpa alasan",
      "prosesnya berlarut-larut melewati waktu yang dijanjikan",
      "kami tidak dilayani sama sekali",
      "bantuannya tidak pernah cair",
    ],
    en: [
      "our application was simply refused",
      "months have passed with no decision",
      "we were sent away and told to come back",
      "the payment we are entitled to never arrived",
    ],
  },
  illegal_fee: {
    id: [
      "dimintai uang pelicin",
      "ada pungutan liar tanpa kuitansi",
      "harus bayar lewat calo supaya cepat",
      "bantuan kami dipotong oleh oknum",
      "tarifnya jauh di atas tarif resmi",
      "diminta uang rokok oleh petugas",
      "kalau tidak bayar urusannya dipersulit",
      "ada setoran wajib yang tidak ada aturannya",
    ],
    en: [
      "they asked for a bribe",
      "we had to pay a broker to get it done",
      "the officer took a cut of the money",
      "we were charged far above the official fee",
    ],
  },
  officer_conduct: {
    id: [
      "petugasnya kasar dan membentak",
      "petugas tidak ada di tempat pada jam kerja",
      "pegawainya asyik main ponsel",
      "petugas pilih kasih kepada kenalannya",
      "kami diperlakukan tidak sopan",
      "petugas mengancam dan mengintimidasi warga",
      "pegawai datang terlambat dan pulang lebih awal",
      "petugas membiarkan warga yang butuh bantuan",
    ],
    en: ["the staff were rude and shouted at us", "nobody was at the desk during office hours", "the officer threatened us"],
  },
  unclear_information: {
    id: [
      "syaratnya berbeda-beda tergantung petugas",
      "tidak ada pengumuman resmi",
      "aturannya berubah tanpa sosialisasi",
      "informasinya simpang siur",
      "tidak ada yang bisa menjelaskan prosedurnya",
      "jadwalnya tidak pernah diumumkan",
      "website dan loket memberi keterangan yang bertentangan",
      "kami tidak tahu harus bertanya ke mana",
    ],
    en: ["nobody could explain the procedure", "the rules changed without any announcement", "every officer told us something different"],
  },
  other: {
    id: [
      "kerusakannya dibiarkan berbulan-bulan",
      "warga sangat dirugikan",
      "sudah dilaporkan tapi tidak ada tindakan",
      "tidak ada yang bertanggung jawab",
      "dampaknya dirasakan seluruh warga",
      "kondisinya membahayakan keselamatan",
    ],
    en: ["it has been left like this for months", "everyone around here suffers from it", "nobody takes responsibility"],
  },
};

const CUE_INTROS_ID = ["Soal", "Terkait", "Mengenai", "Waktu mengurus", "Untuk"];

const OPENINGS = ["Dengan hormat, ", "Selamat siang Ombudsman, ", "Yth. Ombudsman RI, ", "Mohon izin melapor. ", "", "", ""];
const CLOSINGS = [
  " Mohon ditindaklanjuti. Terima kasih.",
  " Mohon perhatiannya.",
  " Tolong segera diperbaiki.",
  " Kami mohon Ombudsman turun tangan.",
  "",
  "",
];
const CHAT_OPENINGS = ["min ", "tolong min ", "pak bu ", "halo ", "", ""];
const CHAT_CLOSINGS = [" tolong dong", " parah bgt", " kecewa bgt", "!!!", " gmn ini", ""];
const MIXED_CLOSINGS = [" So frustrating.", " Please fix this asap.", " Really disappointed.", " This is unacceptable."];

/** Chat shorthand as people type it (the reverse of features.ts's table, on purpose only its common part). */
const TO_CHAT: Array<[RegExp, string[]]> = [
  [/\btidak\b/g, ["gak", "ga", "nggak", "tdk"]],
  [/\bsudah\b/g, ["udh", "udah", "sdh"]],
  [/\byang\b/g, ["yg"]],
  [/\bdengan\b/g, ["dgn"]],
  [/\buntuk\b/g, ["utk"]],
  [/\bsaya\b/g, ["sy", "aku", "gw"]],
  [/\bsekali\b/g, ["bgt", "banget"]],
  [/\bantrean\b/g, ["antrian", "antrean"]],
  [/\bkarena\b/g, ["krn", "karna"]],
  [/\bbelum\b/g, ["blm"]],
];

function chat(text: string, r: Random): string {
  let out = text.toLowerCase();
  for (const [pattern, options] of TO_CHAT) out = out.replace(pattern, () => r.pick(options));
  return out.replace(/[.,:;]/g, (c) => (r.chance(0.5) ? "" : c));
}

/** One or two slips of the thumb: a dropped, doubled or swapped letter in a long word. */
function typos(text: string, r: Random): string {
  const ws = text.split(" ");
  for (let k = r.int(1, 2); k > 0; k--) {
    const i = r.int(0, ws.length - 1);
    const w = ws[i]!;
    if (w.length < 6) continue;
    const j = r.int(1, w.length - 3);
    const kind = r.int(0, 2);
    ws[i] =
      kind === 0 ? w.slice(0, j) + w.slice(j + 1) : kind === 1 ? w.slice(0, j) + w[j] + w.slice(j) : w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2);
  }
  return ws.join(" ");
}

export type PlaceName = { name: string; aliases: string };

const VAGUE_SUBJECTS = [
  "pelayanan di kantor ini",
  "urusan saya",
  "pelayanan publik di sini",
  "layanan pemerintah",
  "pengurusan berkas saya",
  "layanan di loket",
];
const VAGUE_SUBJECTS_EN = ["the service at this office", "my application", "public services here"];

/**
 * Reports that name no service at all ("the service here is slow and the staff rude"): labelled topic "other"
 * and no service, so the model learns that such a text is about nothing in particular rather than guessing
 * one with confidence.
 */
export function generateVagueTexts(count = 60): Array<LabelledText & { key: string }> {
  const r = seededRandom(20_201_220);
  const out: Array<LabelledText & { key: string }> = [];
  const categories = Object.keys(CUES) as ComplaintCategory[];
  for (let i = 0; i < count; i++) {
    const category = categories[i % categories.length]!;
    const english = r.chance(0.2);
    const cues = english ? CUES[category].en : CUES[category].id;
    const cue = r.int(0, cues.length - 1);
    const subject = r.pick(english ? VAGUE_SUBJECTS_EN : VAGUE_SUBJECTS);
    let text = english ? `About ${subject}: ${cues[cue]}.` : `${r.pick(CUE_INTROS_ID)} ${subject}, ${cues[cue]}.`;
    if (!english && r.chance(0.5)) text = typos(r.pick(CHAT_OPENINGS) + chat(text, r) + r.pick(CHAT_CLOSINGS), r);
    out.push({
      key: `gen:vague:${i}`,
      text: text.charAt(0).toUpperCase() + text.slice(1),
      topic: "other",
      service: null,
      category,
      place: null,
      split: "training",
      group: `vague:${category}:${english ? "en" : "id"}:${cue}`,
    });
  }
  return out;
}

function placePhrase(slug: string | undefined, names: Map<string, PlaceName>, r: Random, english: boolean): string {
  const place = slug ? names.get(slug) : undefined;
  if (!place) return "";
  const simple = place.aliases.split("|").filter((a) => a && !a.includes("+"));
  const conj = place.aliases
    .split("|")
    .filter((a) => a.includes("+"))
    .map((a) => a.split("+").join(" "));
  const said = r.pick([place.name, place.name, ...simple, ...conj].filter(Boolean));
  const shown = said === place.name ? said : said.replace(/\b\w/g, (c) => (r.chance(0.5) ? c.toUpperCase() : c));
  return english ? ` at ${shown}` : ` ${r.pick(["di", "di", "di kantor", "di daerah"])} ${shown}`;
}

/** `perService` texts for every service in `services` (code → topic), with their place names for the slots. */
export function generateTrainingCorpus(
  services: Record<string, TopicCode>,
  places: Map<string, PlaceName>,
  perService = 24,
): Array<LabelledText & { key: string }> {
  const r = seededRandom(20_201_219);
  const out: Array<LabelledText & { key: string }> = [];
  for (const [code, topic] of Object.entries(services)) {
    const subject: ServiceSubject | undefined = SERVICE_SUBJECTS[code];
    if (!subject) continue;
    for (let i = 0; i < perService; i++) {
      const english = r.chance(0.18);
      const category = r.pick(subject.categories);
      const frames = FRAMES.filter((f) => f.category === category && Boolean(f.english) === english);
      const cues = english ? CUES[category].en : CUES[category].id;
      const cue = r.int(0, cues.length - 1);
      // Some texts tell the failure in one of its everyday clauses instead of a frame.
      const frame: Frame = r.chance(0.3)
        ? {
            id: `cue:${category}:${english ? "en" : "id"}:${cue}`,
            category,
            english,
            render: (v) =>
              english
                ? `About ${v.subject}${v.at}: ${cues[cue]}.${v.extra}`
                : `${r.pick(CUE_INTROS_ID)} ${v.subject}${v.at}, ${cues[cue]}.${v.extra}`,
          }
        : r.pick(frames.length > 0 ? frames : FRAMES.filter((f) => f.category === category));
      const isEnglish = Boolean(frame.english);
      const withPlace = subject.places.length > 0 && r.chance(0.75);
      const placeSlug = withPlace ? r.pick(subject.places) : undefined;
      const at = placePhrase(placeSlug, places, r, isEnglish);
      const issue = r.pick(isEnglish ? subject.issuesEn : subject.issues);
      // A service's problems belong to its main category: told in a frame of another, they would teach the wrong one.
      const extra = category === subject.categories[0] && r.chance(0.6) ? ` ${issue}.` : "";
      const slots: Slots = {
        subject: r.pick(isEnglish ? subject.en : subject.id),
        issue,
        extra,
        at,
        n: r.int(2, 9),
        amount: amount(r),
      };
      let text = frame.render(slots).replace(/\s+/g, " ");
      text = text.charAt(0).toUpperCase() + text.slice(1);
      const style = isEnglish
        ? "english"
        : r.weighted([
            ["formal", 3],
            ["plain", 3],
            ["chat", 4],
            ["mixed", 1],
          ] as const);
      if (style === "formal") text = r.pick(OPENINGS) + text + r.pick(CLOSINGS);
      if (style === "chat") text = typos(r.pick(CHAT_OPENINGS) + chat(text, r) + r.pick(CHAT_CLOSINGS), r);
      if (style === "mixed") text += r.pick(MIXED_CLOSINGS);
      out.push({
        key: `gen:${code}:${i}`,
        text: text.trim(),
        topic,
        service: code,
        category,
        place: placeSlug ?? null,
        split: "training",
        group: `frame:${frame.id}`,
      });
    }
  }
  return out;
}
