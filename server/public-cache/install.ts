import type { IncomingMessage } from "node:http";
import type { BeforeNext } from "@/server/before-next";
import { contentSecurityPolicy, isHttps, tileOriginOf } from "@/server/http/security-headers";
import type { Db } from "@/server/db";
import { env } from "@/server/env";
import { entryStore } from "./entry-store";
import { FILL_HEADER, fillToken } from "./fill-token";
import { httpCache } from "./http-cache";
import { renderThroughApp } from "./render";
import { tagVersionReader, versionReuse } from "./tag-versions";

/** The shared public cache of this app instance (made once the database is open), or null when it is switched off. */
export function publicCacheFor(db: Db): BeforeNext | null {
  if (!env.publicCache.enabled) return null;
  const tileOrigin = tileOriginOf(env.map.tileUrl);
  return httpCache(
    {
      store: entryStore(db, env.publicCache.memoryBytes, { perRoute: env.publicCache.maxEntriesPerRoute, total: env.publicCache.maxEntries }),
      maxFirstRenders: env.publicCache.maxFirstRenders,
      versions: tagVersionReader(db, versionReuse(env.publicCache.versionReuseMs)),
      render: renderThroughApp(FILL_HEADER, fillToken),
      policyFor: (hashes, https) => contentSecurityPolicy({ scripts: { hashes }, dev: false, https, tileOrigin }),
      countsStaleMs: env.publicCache.countsStaleMs,
      isHttps: (req: IncomingMessage) =>
        isHttps(`http://${req.headers.host ?? ""}/`, (req.headers["x-forwarded-proto"] as string | undefined) ?? null, env.trustProxyHops),
    },
    FILL_HEADER,
  );
}
