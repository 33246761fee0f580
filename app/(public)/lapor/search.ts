/** Lower case, accents and punctuation dropped: "e-HAC" and "ehac", "Kesehatan" and "kesehatan" match. */
export function normalizeSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Every typed word must appear somewhere in the haystack, either as written or with spaces squeezed out. */
export function matches(haystack: string, query: string): boolean {
  const hay = normalizeSearch(haystack);
  const squeezed = hay.replaceAll(" ", "");
  return normalizeSearch(query)
    .split(" ")
    .filter(Boolean)
    .every((word) => hay.includes(word) || squeezed.includes(word));
}
