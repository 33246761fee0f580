/** A path on this site only — not "//host" nor "/\host", which browsers read as another site — else `fallback`. */
export function sameSitePath(value: unknown, fallback: string): string {
  return typeof value === "string" && value.startsWith("/") && !/^\/[/\\]/.test(value) ? value : fallback;
}

/** Where to go after signing in. */
export function safeReturnPath(value: unknown): string {
  return sameSitePath(value, "/dashboard");
}
