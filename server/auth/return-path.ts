/** Where to go after signing in: only a path on this site — not "//host" nor "/\host", which browsers read as another site. */
export function safeReturnPath(value: unknown): string {
  return typeof value === "string" && value.startsWith("/") && !/^\/[/\\]/.test(value) ? value : "/dashboard";
}
