import type { Locale } from "@/server/db/schema/constants";

// Words that are common in one language and rare in the other; enough to answer a message in its language.
const ENGLISH = new Set("the and is are was were have has not this that with from for you your my our there queue system please".split(" "));
const INDONESIAN = new Set("yang dan di ke tidak ini itu dengan dari untuk saya kami ada sudah belum antrean sistem mohon tolong".split(" "));

/** Bahasa Indonesia unless the text reads clearly as English: the Ombudsman answers in the reporter's language. */
export function guessLocale(text: string): Locale {
  let en = 0;
  let id = 0;
  for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    if (ENGLISH.has(word)) en++;
    if (INDONESIAN.has(word)) id++;
  }
  return en > id * 1.5 && en >= 3 ? "en" : "id";
}
