import { createHash } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { cookieNames, cookieValue } from "@/server/http/cookie-header";
import { hasSessionCookie } from "@/server/auth/session-cookie";
import { isValidHost } from "@/server/http/host-guard";
import { BASE_SECURITY_HEADERS, HSTS, inlineScriptHashes } from "@/server/http/security-headers";
import { LOCALE_COOKIE, localizedPath, splitLocalePath } from "@/server/i18n/locale";
import type { CachedResponse, EntryStore } from "./entry-store";
import { cachePolicyFor, type CachePolicy } from "./policy";
import { normalizedQuery } from "./query";
import type { TagVersions } from "./tag-versions";
import { log } from "@/server/log";

/** What a render for the cache sends back: the app's own answer to an anonymous request for the page. */
export type Rendered = { status: number; headers: Record<string, string>; body: Buffer };
/** A render asks the app itself, at the address and port this request came in on. */
export type RenderRequest = {
  path: string;
  host: string;
  forwardedProto: string | undefined;
  accept: string | undefined;
  address: string;
  port: number;
};

export type HttpCacheDeps = {
  store: EntryStore;
  versions: () => Promise<TagVersions>;
  render: (request: RenderRequest) => Promise<Rendered>;
  /** The CSP of a cached page: its scripts allowed by hash. */
  policyFor: (scriptHashes: readonly string[], https: boolean) => string;
  isHttps: (req: IncomingMessage) => boolean;
  /** How long a page may show counts that later reports have moved (re-rendered at most this often for them); 0: never. */
  countsStaleMs: number;
  /** Pages not cached yet rendered at once on this instance; past it, a request for another goes to the app uncached. */
  maxFirstRenders?: number;
  now?: () => number;
};

/** Thrown when a first render would wait: the request is handed to the app, which renders it as if uncached. */
class FirstRendersBusy extends Error {}

/** Downstream caches (a proxy, a CDN) may keep a copy 2 s, then serve it stale for a minute while they fetch the next. */
const SHARED_CACHE_CONTROL = "public, max-age=0, s-maxage=2, stale-while-revalidate=60";
/** A stale copy is served while the next render runs only while it is this recent. */
const STALE_LIMIT_MS = 10 * 60_000;
const KEPT_HEADERS = ["content-type", "content-disposition", "content-language", "access-control-allow-origin", "vary", "link"];
const COMPRESSIBLE = /^(text\/|application\/(json|xml|atom\+xml|javascript|x-component|geo\+json))/;
const MAX_QUERY = 512;

type Decision = { kind: "pass" } | { kind: "redirect"; location: string } | { kind: "cache"; key: string; policy: CachePolicy; path: string };

/**
 * Whether a request may be answered from the shared cache: a GET or HEAD of a public page or document, from
 * someone with no session (staff never read or fill the public cache), for a page as anyone sees it (only
 * the query parameters the page reads, normalised — query.ts — so junk cannot flood the cache), and not a framework
 * navigation request (those vary with the router's state; they go to the app).
 */
export function decide(req: IncomingMessage, fillHeader: string): Decision {
  if (req.method !== "GET" && req.method !== "HEAD") return { kind: "pass" };
  // Never a key or a render URL from a malformed Host (the guard in front refuses those first).
  if (!isValidHost(req.headers.host)) return { kind: "pass" };
  if (req.headers[fillHeader] !== undefined || req.headers.rsc !== undefined || req.headers.authorization !== undefined) return { kind: "pass" };
  const raw = req.url ?? "/";
  const q = raw.indexOf("?");
  const pathname = q < 0 ? raw : raw.slice(0, q);
  const search = q < 0 ? "" : raw.slice(q);
  const { locale, path } = splitLocalePath(pathname);
  const policy = cachePolicyFor(path);
  if (!policy) return { kind: "pass" };
  if (search.length > MAX_QUERY) return { kind: "pass" };
  const query = normalizedQuery(path, search);
  if (query === null) return { kind: "pass" };
  if (hasSessionCookie(cookieNames(req.headers.cookie))) return { kind: "pass" };
  // An unprefixed URL is the Indonesian page; a visitor who chose English is sent to the English URL.
  if (!locale && cookieValue(req.headers.cookie, LOCALE_COOKIE) === "en")
    return { kind: "redirect", location: localizedPath("en", `${path}${search}`) };
  // Keyed and rendered by the query as the page reads it: "?year=2021&q=x" and "?q=x&year=2021&year=1" are one page.
  const host = req.headers.host;
  return { kind: "cache", key: `${host}${pathname}${query}`, policy, path: `${pathname}${query}` };
}

type Freshness = "fresh" | "stale" | "gone";

/**
 * Fresh: rendered under the current versions of everything it shows, within its time. Stale (served while the
 * next render runs): only its counts moved, or only its time ran out, and it is recent. Gone: something else it
 * shows changed (an update, a status, a published report): the next view renders it again and waits for that;
 * only views arriving while that render runs still get this copy.
 */
function freshness(entry: CachedResponse, policy: CachePolicy, current: TagVersions, now: number, countsStaleMs: number): Freshness {
  const changed = policy.tags.filter((t) => entry.versions[t] !== current[t]);
  const expired = now >= entry.expiresAt.getTime();
  const age = now - entry.renderedAt.getTime();
  if (changed.length === 0 && !expired) return "fresh";
  if (changed.some((t) => t !== "counts")) return "gone";
  if (changed.length > 0 && countsStaleMs === 0) return "gone";
  if (!expired && age < countsStaleMs) return "fresh";
  return age < STALE_LIMIT_MS ? "stale" : "gone";
}

function etagOf(body: Buffer): string {
  return `"${createHash("sha1").update(body).digest("base64url")}"`;
}

/** The hashes a cached page's CSP allows: the framework's inline scripts only; any other is left out, and said. */
function pageScriptHashes(key: string, body: Buffer): string[] {
  const { hashes, unknown } = inlineScriptHashes(body.toString("utf8"));
  if (unknown > 0) log.warn({ key, unknown }, "public cache: inline scripts not of the framework's known shapes are not allowed by the page's CSP");
  return hashes;
}

export function toEntry(key: string, rendered: Rendered, versions: TagVersions, policy: CachePolicy, now: number): CachedResponse {
  const headers: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = rendered.headers[name];
    if (value) headers[name] = value;
  }
  const type = headers["content-type"] ?? "";
  if (type.startsWith("text/html")) headers["x-script-hashes"] = pageScriptHashes(key, rendered.body).join(" ");
  const gzip = COMPRESSIBLE.test(type) ? gzipSync(rendered.body) : Buffer.alloc(0);
  return {
    key,
    route: policy.route,
    status: rendered.status,
    headers,
    body: rendered.body,
    gzip,
    etag: etagOf(rendered.body),
    versions: Object.fromEntries(policy.tags.map((t) => [t, versions[t] ?? 0])),
    renderedAt: new Date(now),
    expiresAt: new Date(now + policy.ttlSeconds * 1000),
  };
}

/** Only a plain 200 is shared, and nothing that sets a cookie (the render is anonymous; this is a second guard). */
function isShareable(rendered: Rendered): boolean {
  return rendered.status === 200 && !rendered.headers["set-cookie"] && Boolean(rendered.headers["content-type"]);
}

/**
 * The public read side in front of the app: anonymous GETs of public pages and documents are answered from the
 * shared cache (memory, then PostgreSQL), rendered at most once per change of the data they show (or per short
 * interval for counts and statistics) on each instance, whatever the number of viewers.
 */
export function httpCache(deps: HttpCacheDeps, fillHeader: string) {
  const now = deps.now ?? Date.now;
  const rendering = new Map<string, Promise<CachedResponse | Rendered>>();
  // One render at a time per instance: a change that touches every page (the incident banner) re-renders them one
  // after another, with cached answers served in between, instead of all at once stalling every answer.
  let renderQueue: Promise<unknown> = Promise.resolve();
  const renderOneAtATime = (r: RenderRequest): Promise<Rendered> => {
    const run = renderQueue.then(() => deps.render(r));
    renderQueue = run.catch(() => undefined);
    return run;
  };

  // Pages never cached yet (a new query, a new report) render beside each other, a few at a time, and not in the
  // queue of re-renders: a flood of unknown query values can neither queue behind itself nor delay the known pages.
  const maxFirstRenders = deps.maxFirstRenders ?? 4;
  let firstRenders = 0;
  const renderFirst = async (r: RenderRequest): Promise<Rendered> => {
    if (firstRenders >= maxFirstRenders) throw new FirstRendersBusy();
    firstRenders++;
    try {
      return await deps.render(r);
    } finally {
      firstRenders--;
    }
  };

  function refresh(key: string, path: string, policy: CachePolicy, req: IncomingMessage, first: boolean): Promise<CachedResponse | Rendered> {
    let pending = rendering.get(key);
    if (pending) return pending;
    if (first && firstRenders >= maxFirstRenders) return Promise.reject(new FirstRendersBusy());
    pending = (async () => {
      // Counters read before the render: a change committed meanwhile leaves this copy stale, never the reverse.
      const versions = await deps.versions();
      const rendered = await (first ? renderFirst : renderOneAtATime)({
        path,
        host: req.headers.host ?? "",
        forwardedProto: header(req, "x-forwarded-proto"),
        accept: header(req, "accept"),
        address: req.socket.localAddress ?? "127.0.0.1",
        port: req.socket.localPort ?? 0,
      });
      if (!isShareable(rendered)) return rendered;
      const entry = toEntry(key, rendered, versions, policy, now());
      await deps.store.put(entry);
      return entry;
    })().finally(() => rendering.delete(key));
    rendering.set(key, pending);
    return pending;
  }

  function send(req: IncomingMessage, res: ServerResponse, entry: CachedResponse, state: string) {
    const headers: OutgoingHttpHeaders = { ...entry.headers };
    delete headers["x-script-hashes"];
    const https = deps.isHttps(req);
    if (entry.headers["x-script-hashes"] !== undefined)
      headers["content-security-policy"] = deps.policyFor(entry.headers["x-script-hashes"].split(" ").filter(Boolean), https);
    if (https) headers["strict-transport-security"] = HSTS;
    Object.assign(headers, BASE_SECURITY_HEADERS);
    headers["cache-control"] = SHARED_CACHE_CONTROL;
    headers.vary = entry.headers.vary ? `${entry.headers.vary}, Accept-Encoding` : "Accept-Encoding";
    headers["x-sigap-cache"] = state;
    const gzip = entry.gzip.length > 0 && /\bgzip\b/.test(header(req, "accept-encoding") ?? "");
    headers.etag = gzip ? `${entry.etag.slice(0, -1)}-gz"` : entry.etag;
    if (
      header(req, "if-none-match")
        ?.split(",")
        .some((t) => t.trim() === headers.etag)
    ) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const body = gzip ? entry.gzip : entry.body;
    if (gzip) headers["content-encoding"] = "gzip";
    headers["content-length"] = body.length;
    res.writeHead(entry.status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  }

  function sendUnshared(req: IncomingMessage, res: ServerResponse, rendered: Rendered) {
    const headers: OutgoingHttpHeaders = {
      "content-type": rendered.headers["content-type"] ?? "text/plain; charset=utf-8",
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      "x-sigap-cache": "BYPASS",
    };
    if (rendered.headers.location) headers.location = rendered.headers.location;
    if ((rendered.headers["content-type"] ?? "").startsWith("text/html"))
      headers["content-security-policy"] = deps.policyFor(pageScriptHashes(req.url ?? "", rendered.body), deps.isHttps(req));
    res.writeHead(rendered.status, headers);
    res.end(req.method === "HEAD" ? undefined : rendered.body);
  }

  async function serve(req: IncomingMessage, res: ServerResponse, key: string, policy: CachePolicy, path: string) {
    const current = await deps.versions();
    const at = now();
    let entry = deps.store.memory(key);
    if (!rendering.has(key) && (!entry || freshness(entry, policy, current, at, deps.countsStaleMs) !== "fresh")) {
      // Another instance may already have rendered it since the change (not asked again while this one renders).
      const shared = await deps.store.shared(key, entry?.renderedAt);
      if (shared && (!entry || shared.renderedAt > entry.renderedAt)) entry = shared;
    }
    const state = entry ? freshness(entry, policy, current, at, deps.countsStaleMs) : "gone";
    if (entry && state === "fresh") return send(req, res, entry, "HIT");
    // While one render of the new version runs, everyone else gets the copy they would have had a moment ago,
    // instead of a queue behind it; the request that starts the render waits for it (it sees its own change).
    const renderingNow = rendering.has(key);
    if (entry && (state === "stale" || renderingNow)) {
      if (!renderingNow)
        refresh(key, path, policy, req, false).catch((error: unknown) => log.error({ err: error, key }, "public cache refresh failed"));
      return send(req, res, entry, "STALE");
    }
    const result = await refresh(key, path, policy, req, !entry);
    if ("etag" in result) return send(req, res, result, "MISS");
    return sendUnshared(req, res, result);
  }

  /**
   * Takes the request when the cache answers it (true), else leaves it to the app. If the cache cannot answer
   * (the database is away), the app gets the request after all and renders it as it would without a cache.
   */
  return function handle(req: IncomingMessage, res: ServerResponse, toApp: () => void): boolean {
    const decision = decide(req, fillHeader);
    if (decision.kind === "pass") return false;
    if (decision.kind === "redirect") {
      res.writeHead(307, { location: decision.location, "cache-control": "private, no-store" });
      res.end();
      return true;
    }
    serve(req, res, decision.key, decision.policy, decision.path).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof FirstRendersBusy) return toApp();
      log.warn({ key: decision.key, detail: error instanceof Error ? error.message : String(error) }, "public cache unavailable; rendering directly");
      toApp();
    });
    return true;
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}
