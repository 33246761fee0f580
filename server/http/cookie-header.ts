/** The names in a Cookie header, for requests read before Next (which has its own cookie store). */
export function cookieNames(header: string | null | undefined): string[] {
  return (header ?? "")
    .split(";")
    .map((c) => (c.split("=")[0] ?? "").trim())
    .filter(Boolean);
}

/** One cookie's value from a Cookie header. */
export function cookieValue(header: string | null | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [k, ...v] = part.split("=");
    if (k?.trim() === name) return v.join("=").trim();
  }
  return undefined;
}
