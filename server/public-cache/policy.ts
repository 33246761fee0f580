/**
 * Kinds of public data; database triggers (migration 0016) move each one's version when it changes. "counts"
 * (reports filed, reports per incident) moves with every report in a surge: pages stale only by counts are
 * served while they re-render, at most once per short interval.
 */
export const PUBLIC_TAGS = ["incidents", "counts", "reports", "catalog"] as const;
export type PublicTag = (typeof PUBLIC_TAGS)[number];

/** What a cached response depends on, and how long it may be served without a change: a backstop for what no tag covers (statistics, relative times). */
export type CachePolicy = { route: string; tags: readonly PublicTag[]; ttlSeconds: number };

const ALL: readonly PublicTag[] = PUBLIC_TAGS;
// Every page shows the banner of active major incidents, so every page depends on "incidents".
const BANNER_AND_CATALOG: readonly PublicTag[] = ["incidents", "catalog"];

const RULES: ReadonlyArray<[RegExp, CachePolicy]> = [
  [/^\/$/, { route: "home", tags: ALL, ttlSeconds: 60 }],
  [/^\/lapor$/, { route: "report-form", tags: BANNER_AND_CATALOG, ttlSeconds: 300 }],
  [/^\/insiden(\/[A-Za-z0-9-]+)?$/, { route: "incidents", tags: ["incidents", "counts", "catalog"], ttlSeconds: 120 }],
  [/^\/laporan(\/[a-z0-9-]+)?$/, { route: "reports", tags: ["incidents", "reports", "catalog"], ttlSeconds: 300 }],
  [/^\/laporan-berkala$/, { route: "periodic", tags: ALL, ttlSeconds: 60 }],
  [/^\/instansi(\/[a-z0-9-]+)?$/, { route: "agencies", tags: ALL, ttlSeconds: 60 }],
  [/^\/statistik$/, { route: "statistics", tags: ALL, ttlSeconds: 60 }],
  [/^\/peta$/, { route: "map", tags: ALL, ttlSeconds: 60 }],
  [/^\/data$/, { route: "data", tags: ALL, ttlSeconds: 300 }],
  [/^\/api\/feeds\/updates$/, { route: "feed-updates", tags: ["incidents"], ttlSeconds: 300 }],
  [/^\/api\/feeds\/reports$/, { route: "feed-reports", tags: ["reports"], ttlSeconds: 300 }],
  [/^\/api\/data\/[a-z0-9._-]+$/, { route: "open-data", tags: ALL, ttlSeconds: 300 }],
  [/^\/api\/reports\/[a-z0-9-]+\/pdf$/, { route: "report-pdf", tags: ["reports", "catalog"], ttlSeconds: 300 }],
  [/^\/api\/reports\/[a-z0-9-]+\/evidence\.(csv|json)$/, { route: "report-evidence", tags: ["reports"], ttlSeconds: 300 }],
  [/^\/api\/periodic-report$/, { route: "periodic-api", tags: ALL, ttlSeconds: 60 }],
  [
    /^\/api\/open311\/v2\/(discovery|services)(\/[A-Za-z0-9._-]+)?(\.json|\.xml)?$/,
    { route: "open311-services", tags: ["catalog"], ttlSeconds: 300 },
  ],
  // Open311 lists each report's public status, which staff move through the procedure: counts, and a short interval.
  [/^\/api\/open311\/v2\/requests(\/[A-Za-z0-9._-]+)?(\.json|\.xml)?$/, { route: "open311-requests", tags: ["counts", "catalog"], ttlSeconds: 5 }],
];

/** The cache policy of a public path (without its language prefix), or null for what is never shared (tracking, forms' answers, staff pages). */
export function cachePolicyFor(path: string): CachePolicy | null {
  for (const [pattern, policy] of RULES) if (pattern.test(path)) return policy;
  return null;
}
