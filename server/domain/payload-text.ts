/**
 * A stored payload's value as text: strings and numbers as written, anything else (missing, an object) empty.
 * Payloads are JSON written by our own verbs; this keeps a malformed one from printing "[object Object]".
 */
export function text(value: unknown): string {
  return typeof value === "string" ? value : typeof value === "number" || typeof value === "bigint" ? String(value) : "";
}
