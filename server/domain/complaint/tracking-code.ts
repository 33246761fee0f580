import { customAlphabet } from "nanoid";

// Crockford base32: no I, L, O or U, so a code read aloud or copied by hand survives.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const generate = customAlphabet(ALPHABET, 10);

/** A random 50-bit code formatted `XXXX-XXXX-XX`: short enough to read aloud, not guessable or sequential. */
export function newTrackingCode(): string {
  const raw = generate();
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
}

/** Accepts what people type (lower case, spaces, O for 0, I/L for 1) and returns the canonical code or null. */
export function normalizeTrackingCode(input: string): string | null {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (cleaned.length !== 10 || [...cleaned].some((c) => !ALPHABET.includes(c))) return null;
  return `${cleaned.slice(0, 4)}-${cleaned.slice(4, 8)}-${cleaned.slice(8)}`;
}
