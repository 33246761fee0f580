/**
 * A request path as a route pattern for metric labels: one label per page or endpoint, never per tracking code,
 * slug or id (each distinct label is a time series kept in Prometheus).
 */
const PATTERNS: Array<[RegExp, string]> = [
  // Whole paths: a prefix pattern would leave each chunk's name in the label.
  [/^\/_next\/static\/.*$/, "/_next/static"],
  [/^\/_next\/image.*$/, "/_next/image"],
  [/^\/api\/trpc\/([\w.,]+)$/, "/api/trpc/$1"],
  [/^\/api\/open311\/v2\/requests\/[^/]+\.(json|xml)$/, "/api/open311/v2/requests/:id"],
  [/^\/api\/open311\/v2\/services\/[^/]+\.(json|xml)$/, "/api/open311/v2/services/:code"],
  [/^\/api\/open311\/v2\/tokens\/[^/]+\.(json|xml)$/, "/api/open311/v2/tokens/:token"],
  [/^\/api\/open311\/v2\/(discovery|services|requests)\.(json|xml)$/, "/api/open311/v2/$1"],
  [/^\/api\/attachments\/[^/]+$/, "/api/attachments/:id"],
  [/^\/api\/reports\/[^/]+\/pdf$/, "/api/reports/:slug/pdf"],
  [/^\/api\/data\/[^/]+$/, "/api/data/:file"],
  [/^\/api\/auth\/.*/, "/api/auth"],
  [/^\/track\/[^/]+$/, "/track/:code"],
  [/^\/insiden\/[^/]+$/, "/insiden/:code"],
  [/^\/laporan\/[^/]+$/, "/laporan/:slug"],
  [/^\/instansi\/[^/]+$/, "/instansi/:slug"],
  [/^\/console\/(complaints|incidents|reports)\/[^/]+$/, "/console/$1/:id"],
  [/^\/agency\/requests\/[^/]+$/, "/agency/requests/:id"],
];

/** Paths with no parameter, known by name; anything else is "other". */
const FIXED = new Set([
  "/",
  "/lapor",
  "/track",
  "/insiden",
  "/laporan",
  "/instansi",
  "/statistik",
  "/peta",
  "/data",
  "/laporan-berkala",
  "/ikuti",
  "/ikuti/berhenti",
  "/ikuti/konfirmasi",
  "/signin",
  "/akun",
  "/dashboard",
  "/console",
  "/console/reports",
  "/console/reports/new",
  "/console/mail",
  "/privasi",
  "/data-saya",
  "/admin/privasi",
  "/api/privacy/export",
  "/admin",
  "/agency",
  "/manifest.webmanifest",
  "/sw.js",
  "/robots.txt",
  "/sitemap.xml",
  "/favicon.ico",
  "/api/health",
  "/api/locale",
  "/api/feeds/reports",
  "/api/feeds/updates",
  "/api/periodic-report",
  "/api/subscriptions/unsubscribe",
  "/api/webhooks/whatsapp",
]);

export function routeLabel(url: string | undefined): string {
  const path = (url ?? "/").split("?", 1)[0]?.replace(/^\/en(?=\/|$)/, "") || "/";
  if (FIXED.has(path)) return path;
  for (const [pattern, label] of PATTERNS) if (pattern.test(path)) return path.replace(pattern, label);
  return "other";
}
