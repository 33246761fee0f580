import { MALADMINISTRATION_TYPES, TOPIC_CODES } from "@/server/db/schema/constants";

/** A value as the page reads it, or null when the page would ignore it (then it is no part of the key). */
type Normalize = (value: string) => string | null;

const trimmed: Normalize = (v) => v.trim() || null;
const words: Normalize = (v) => v.normalize("NFKC").trim().replace(/\s+/g, " ").slice(0, 200) || null;
const lower: Normalize = (v) => v.trim().toLowerCase() || null;
const matching =
  (pattern: RegExp, then: Normalize = trimmed): Normalize =>
  (v) =>
    pattern.test(v.trim()) ? then(v) : null;
const oneOf =
  (values: readonly string[]): Normalize =>
  (v) =>
    values.includes(v.trim()) ? v.trim() : null;

/**
 * The query parameters each cached path reads, and how: a value the page would ignore (a malformed year or
 * period falls back to none) is dropped, so it neither makes an entry of its own nor changes what is rendered.
 * Where a malformed value is an error answer (Open311, feeds), it is kept as sent: errors are never stored.
 */
const PARAMS: Record<string, Record<string, Normalize>> = {
  "/laporan": {
    q: words,
    agency: lower,
    year: matching(/^(20\d\d|2100)$/),
    type: oneOf(MALADMINISTRATION_TYPES),
  },
  "/laporan-berkala": { period: matching(/^\d{4}(-q[1-4])?$/i, (v) => v.trim().toUpperCase()) },
  "/statistik": { from: matching(/^\d{4}-\d{2}-\d{2}$/), to: matching(/^\d{4}-\d{2}-\d{2}$/) },
  "/peta": {
    topic: oneOf(TOPIC_CODES),
    service: matching(/^.{1,100}$/),
    status: oneOf(["open", "closed"]),
    from: matching(/^\d{4}-\d{2}-\d{2}$/),
    to: matching(/^\d{4}-\d{2}-\d{2}$/),
    incident: matching(/^[A-Za-z0-9-]{1,20}$/, (v) => v.trim().toUpperCase()),
  },
  "/api/feeds/updates": { incident: trimmed, agency: trimmed, service: trimmed },
  "/api/periodic-report": { period: trimmed },
};
const OPEN311_REQUESTS = ["service_request_id", "service_code", "start_date", "end_date", "status", "jurisdiction_id"];
for (const path of ["/api/open311/v2/requests", "/api/open311/v2/requests.json", "/api/open311/v2/requests.xml"])
  PARAMS[path] = Object.fromEntries(OPEN311_REQUESTS.map((p) => [p, trimmed]));
for (const path of ["services", "discovery"].flatMap((p) => [`/api/open311/v2/${p}.json`, `/api/open311/v2/${p}.xml`]))
  PARAMS[path] = { jurisdiction_id: trimmed };

/**
 * The query a cached page is keyed and rendered by: its parameters in a fixed order, each normalised, the first of
 * repeated ones only, dropped when the page would ignore it. Null when the query holds a parameter the page does
 * not read: that request is not the cache's to answer.
 */
export function normalizedQuery(path: string, search: string): string | null {
  const params = new URLSearchParams(search);
  const readers = PARAMS[path] ?? {};
  const kept: Array<[string, string]> = [];
  for (const name of new Set(params.keys())) {
    const read = readers[name];
    if (!read) return null;
    const value = read(params.get(name) ?? "");
    if (value !== null) kept.push([name, value]);
  }
  if (kept.length === 0) return "";
  kept.sort(([a], [b]) => (a < b ? -1 : 1));
  return `?${new URLSearchParams(kept).toString()}`;
}
