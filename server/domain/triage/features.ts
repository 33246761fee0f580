import { NormalizerId, StemmerId, TokenizerId } from "@nlpjs/lang-id";

/**
 * Chat shorthand and common misspellings → the word the model learned. Reports written on a phone in a queue
 * look like "antrian bgt, udh 2 jam gak maju": the same words as a letter once these are undone.
 */
const SHORTHAND: Record<string, string> = {
  gak: "tidak",
  ga: "tidak",
  gk: "tidak",
  nggak: "tidak",
  ngga: "tidak",
  enggak: "tidak",
  tdk: "tidak",
  tak: "tidak",
  kagak: "tidak",
  udh: "sudah",
  udah: "sudah",
  sdh: "sudah",
  dah: "sudah",
  blm: "belum",
  blom: "belum",
  bgt: "banget",
  bngt: "banget",
  yg: "yang",
  dgn: "dengan",
  dg: "dengan",
  utk: "untuk",
  tuk: "untuk",
  krn: "karena",
  karna: "karena",
  sy: "saya",
  aku: "saya",
  gw: "saya",
  gue: "saya",
  tlg: "tolong",
  tolongin: "tolong",
  jg: "juga",
  aja: "saja",
  aj: "saja",
  sm: "sama",
  bs: "bisa",
  bsa: "bisa",
  gbs: "tidak bisa",
  org: "orang",
  orng: "orang",
  jd: "jadi",
  jdi: "jadi",
  kalo: "kalau",
  klo: "kalau",
  kl: "kalau",
  dr: "dari",
  dri: "dari",
  trs: "terus",
  terus2: "terus",
  bener: "benar",
  bnr: "benar",
  lg: "lagi",
  lgi: "lagi",
  min: "admin",
  mimin: "admin",
  pak: "bapak",
  bu: "ibu",
  tp: "tapi",
  tpi: "tapi",
  antrian: "antrean",
  ngantri: "antre",
  ngantre: "antre",
  antri: "antre",
  lemot: "lambat",
  lelet: "lambat",
  eror: "error",
  erorr: "error",
  duit: "uang",
  ngasih: "memberi",
  dimintain: "diminta",
  mintain: "minta",
  pungli: "pungutan liar",
  sogok: "suap",
  nyogok: "suap",
  kmrn: "kemarin",
  kemaren: "kemarin",
  skrg: "sekarang",
  skr: "sekarang",
  sekrg: "sekarang",
  hr: "hari",
  jm: "jam",
  bln: "bulan",
  thn: "tahun",
  hp: "ponsel",
  wa: "whatsapp",
  apk: "aplikasi",
  app: "aplikasi",
  aplikasinya: "aplikasi",
  webnya: "website",
  web: "website",
  petugasnya: "petugas",
  pegawainya: "pegawai",
  pelayanannya: "pelayanan",
};

const normalizer = new NormalizerId();
const tokenizer = new TokenizerId();
const stemmer = new StemmerId();

// The stemmer is the slow part and reports reuse a small vocabulary: a bounded per-process memo.
const STEM_MEMO_MAX = 50_000;
const stemMemo = new Map<string, string>();
function stem(word: string): string {
  let s = stemMemo.get(word);
  if (s === undefined) {
    s = word.length <= 3 || /\d/.test(word) ? word : stemmer.stemWord(word);
    if (stemMemo.size >= STEM_MEMO_MAX) stemMemo.clear();
    stemMemo.set(word, s);
  }
  return s;
}

/** Lower case, no accents, no markup, links, e-mail addresses or emoji: only words and numbers are left. */
export function normalizeText(text: string): string {
  const plain = text
    .slice(0, 4000)
    .replace(/<[^>]*>/g, " ")
    .replace(/https?:\/\/\S+/gi, " ")
    .replace(/\S+@\S+/g, " ");
  return normalizer
    .normalize(plain)
    .replace(/[^a-z0-9\s-]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The words of a text after shorthand is undone (before stemming): what places and keywords are matched on. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenizer.tokenize(normalizeText(text), true)) {
    const expanded = SHORTHAND[token];
    if (expanded) out.push(...expanded.split(" "));
    else if (token.length > 0) out.push(token);
  }
  return out;
}

const CHAR_GRAM = 4;

/**
 * What the model sees of a text: stemmed words, pairs of stemmed words, and four-letter pieces of each word
 * (which survive typos and affixes the stemmer misses: "antriannya", "e-hac", "ktpel"), each once — the model
 * counts presence, and a long letter repeating itself costs no more to score.
 */
export function textFeatures(text: string): string[] {
  const ws = words(text);
  const stems = ws.map(stem);
  const features: string[] = [];
  for (let i = 0; i < stems.length; i++) {
    features.push(`w:${stems[i]}`);
    if (i > 0) features.push(`b:${stems[i - 1]}_${stems[i]}`);
  }
  for (const w of ws) {
    if (w.length < CHAR_GRAM || /^\d+$/.test(w)) continue;
    const padded = `_${w}_`;
    for (let i = 0; i + CHAR_GRAM <= padded.length; i++) features.push(`c:${padded.slice(i, i + CHAR_GRAM)}`);
  }
  return [...new Set(features)];
}
