import type { IncomingMessage } from "node:http";
import { contentSecurityPolicy, isHttps, tileOriginOf } from "../api/security-headers";
import type { Db } from "../db";
import { env } from "../env";
import { entryStore } from "./entry-store";
import { FILL_HEADER, fillToken } from "./fill-token";
import { httpCache } from "./http-cache";
import { renderThroughApp } from "./render";
import { tagVersionReader, VERSION_REUSE } from "./tag-versions";

/** Where scripts/public-cache-hook.mjs (loaded before Next by `npm start`) finds the cache of this process. */
export const PUBLIC_CACHE_HOOK = Symbol.for("sigap.public-cache");

/**
 * Puts the shared public cache in front of this app instance (called once the database is open). Only a server
 * started with the hook (`npm start`) consults it; `next dev` never does.
 */
export function installPublicCache(db: Db): void {
  if (!env.publicCache.enabled) return;
  const tileOrigin = tileOriginOf(env.map.tileUrl);
  const handle = httpCache(
    {
      store: entryStore(db, env.publicCache.memoryBytes),
      versions: tagVersionReader(db, VERSION_REUSE),
      render: renderThroughApp(FILL_HEADER, fillToken),
      policyFor: (hashes, https) => contentSecurityPolicy({ scripts: { hashes }, dev: false, https, tileOrigin }),
      countsStaleMs: env.publicCache.countsStaleMs,
      isHttps: (req: IncomingMessage) => isHttps(`http://${req.headers.host ?? ""}/`, (req.headers["x-forwarded-proto"] as string | undefined) ?? null, env.trustProxyHops),
    },
    FILL_HEADER,
  );
  (globalThis as Record<symbol, unknown>)[PUBLIC_CACHE_HOOK] = handle;
}
