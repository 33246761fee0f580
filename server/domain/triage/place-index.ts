import type { PlaceKind } from "@/server/db/schema/constants";
import { normalizeText } from "./features";

export type GazetteerEntry = { id: string; slug: string; name: string; kind: PlaceKind; aliases: string };

export type PlaceMatch = { entry: GazetteerEntry; score: number };

export type PlaceIndex = {
  /** A phrase (1–5 words) → the places it names. */
  phrases: Map<string, GazetteerEntry[]>;
  /** "t3+soetta": every part must be named somewhere in the text. */
  conjunctions: Array<{ parts: string[]; entry: GazetteerEntry }>;
};

const MAX_PHRASE_WORDS = 5;

/** Landmarks name where it happened more precisely than a city, and a city more than a province. */
const KIND_WEIGHT: Record<PlaceKind, number> = { landmark: 3, regency: 2, province: 1 };

/**
 * Single words that are also regencies' bare names but mostly mean something else in a report ("nasib malang",
 * "buru-buru", "batu"): they name the place only with "kota"/"kabupaten" before them.
 */
const AMBIGUOUS_WORDS = new Set([
  "batu",
  "malang",
  "buru",
  "pati",
  "muna",
  "kaur",
  "agam",
  "sigi",
  "alor",
  "lebak",
  "barru",
  "karo",
  "bone",
  "lima",
  "seram",
  "solok",
  "tual",
  "kota",
  "pulau",
]);

/** Words of a text as places are matched: hyphens split ("soekarno-hatta" = "soekarno hatta"). */
export function placeWords(text: string): string[] {
  return normalizeText(text).replace(/-/g, " ").split(" ").filter(Boolean);
}

const phraseOf = (s: string) => placeWords(s).join(" ");

export function buildPlaceIndex(entries: GazetteerEntry[]): PlaceIndex {
  const phrases = new Map<string, GazetteerEntry[]>();
  const conjunctions: PlaceIndex["conjunctions"] = [];
  const add = (phrase: string, entry: GazetteerEntry) => {
    if (!phrase || phrase.split(" ").length > MAX_PHRASE_WORDS || AMBIGUOUS_WORDS.has(phrase)) return;
    const list = phrases.get(phrase) ?? [];
    if (!list.includes(entry)) list.push(entry);
    phrases.set(phrase, list);
  };
  for (const entry of entries) {
    add(phraseOf(entry.name), entry);
    for (const alias of entry.aliases.split("|")) {
      if (alias.includes("+")) conjunctions.push({ parts: alias.split("+").map(phraseOf), entry });
      else add(phraseOf(alias), entry);
    }
  }
  return { phrases, conjunctions };
}

/** Places a text names, best first: landmarks before cities before provinces, longer names before shorter. */
export function matchPlaces(index: PlaceIndex, text: string, limit = 5): PlaceMatch[] {
  const ws = placeWords(text);
  const seen = new Set<string>();
  const best = new Map<string, PlaceMatch>();
  const offer = (entry: GazetteerEntry, length: number, bonus = 0) => {
    const score = KIND_WEIGHT[entry.kind] + length * 0.1 + bonus;
    const current = best.get(entry.id);
    if (!current || current.score < score) best.set(entry.id, { entry, score });
  };
  for (let n = 1; n <= MAX_PHRASE_WORDS; n++) {
    for (let i = 0; i + n <= ws.length; i++) {
      const phrase = ws.slice(i, i + n).join(" ");
      seen.add(phrase);
      for (const entry of index.phrases.get(phrase) ?? []) offer(entry, n);
    }
  }
  // A terminal named with its airport is more precise than the airport alone.
  for (const c of index.conjunctions) if (c.parts.every((p) => seen.has(p))) offer(c.entry, c.parts.join(" ").split(" ").length, 0.5);
  return [...best.values()].sort((a, b) => b.score - a.score || a.entry.name.localeCompare(b.entry.name)).slice(0, limit);
}
