import { createHash } from "node:crypto";

/** How a page's own inline scripts are allowed: by this response's nonce, or by the hash of each one. */
export type ScriptAllowance = { nonce: string } | { hashes: readonly string[] };

/**
 * The Content-Security-Policy of every page: nothing may frame us, forms post only here, and no injected inline
 * script can run. A page rendered for one request carries a fresh nonce (Next puts it on its scripts; with
 * 'strict-dynamic' only those and what they load run). A cached page is shared by many requests, so a nonce
 * would be reused: it lists the SHA-256 of each inline script it holds instead, and same-origin files
 * ('self': only our build's scripts are served with a script type, and every response says nosniff).
 * Styles keep 'unsafe-inline' for style attributes (charts, the map).
 */
export function contentSecurityPolicy({
  scripts,
  dev,
  https,
  tileOrigin,
}: {
  scripts: ScriptAllowance;
  dev: boolean;
  https: boolean;
  tileOrigin: string | null;
}): string {
  const allowed = "nonce" in scripts ? `'nonce-${scripts.nonce}' 'strict-dynamic'` : scripts.hashes.map((h) => `'sha256-${h}'`).join(" ");
  return [
    "default-src 'self'",
    `script-src 'self'${allowed ? ` ${allowed}` : ""}${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tileOrigin ? ` ${tileOrigin}` : ""}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** What every response carries; next.config.js adds the same to what Next answers, this is for what is answered before it. */
export const BASE_SECURITY_HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
} as const;

/** Two years, subdomains included: sent only on HTTPS, where it means something. */
export const HSTS = "max-age=63072000; includeSubDomains";

/** The origin of the map tile URL template, for img-src; null when it is not a URL. */
export function tileOriginOf(template: string): string | null {
  try {
    return new URL(template.replace(/\{[a-z]\}/g, "0")).origin;
  } catch {
    return null;
  }
}

/** Whether the request reached us over HTTPS (directly, or as a trusted proxy says). */
export function isHttps(url: string, forwardedProto: string | null, trustProxyHops: number): boolean {
  if (url.startsWith("https:")) return true;
  return trustProxyHops > 0 && forwardedProto?.split(",")[0]?.trim() === "https";
}

/**
 * The inline scripts the framework writes into a page, by their exact shape: the build's chunk list (Turbopack),
 * the bootstrap of the server components' data, and each chunk of that data (a JSON string, so nothing in it can
 * close the script). A cached page's CSP allows these alone: a script injected into the HTML some day is not
 * hashed in with them, whatever it says.
 */
const FRAMEWORK_SCRIPTS = [
  /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(\{"otherChunks":\[(?:"static\/chunks\/[\w.-]+\.js"(?:,"static\/chunks\/[\w.-]+\.js")*)?\],"runtimeModuleIds":\[\d+(?:,\d+)*\]\}\);$/,
  /^\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(\[0\]\)$/,
  /^self\.__next_f\.push\(\[\d+,"(?:[^"\\]|\\.)*"\]\)$/,
];

export const isFrameworkScript = (text: string) => FRAMEWORK_SCRIPTS.some((p) => p.test(text));

/**
 * SHA-256 (base64) of the text of every inline script of the framework in a page, in order, each once: what a CSP
 * hash names. `unknown` counts the inline scripts left out (none is expected: the cache logs any it meets).
 */
export function inlineScriptHashes(html: string): { hashes: string[]; unknown: number } {
  const hashes = new Set<string>();
  let unknown = 0;
  // Script text is raw (no entities, no markup) up to the first "</script": exactly what the browser hashes.
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script/gi)) {
    if (/\ssrc\s*=/i.test(match[1] ?? "")) continue;
    const text = match[2] ?? "";
    // A data block (JSON-LD and the like) is never run, so it needs no hash.
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(match[1] ?? "")?.[1]?.toLowerCase();
    if (type && type !== "text/javascript" && type !== "module") continue;
    if (!isFrameworkScript(text)) {
      unknown++;
      continue;
    }
    hashes.add(createHash("sha256").update(text, "utf8").digest("base64"));
  }
  return { hashes: [...hashes], unknown };
}
