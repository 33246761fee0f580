import type { ServerResponse } from "node:http";
import type { BeforeNext } from "@/server/before-next";
import { clientIpFrom } from "@/server/client-ip";
import type { Db } from "@/server/db/types";
import { makeDomainCtx } from "@/server/domain/context";
import { trackLookupsRefused } from "@/server/domain/rate-limit";

const TRACK_PAGE = /^(?:\/en)?\/track\/[^/?]+(?:\?|$)/;

/**
 * A tracking page asked for by a client whose lookups are refused (too many unknown codes) answers 429 with
 * Retry-After. Next cannot give a page that status, so this asks the page's own limiter first, without counting
 * a lookup, and sets the status on the page's answer; the page shows the same refusal in words.
 */
export function trackStatusFor(db: Db): BeforeNext {
  return (req, res, toApp) => {
    if ((req.method !== "GET" && req.method !== "HEAD") || !TRACK_PAGE.test(req.url ?? "")) return false;
    const ctx = makeDomainCtx({ db, clientIp: clientIpFrom(req.headers["x-forwarded-for"]?.toString() ?? null) });
    trackLookupsRefused(ctx)
      .then((refused) => {
        if (refused) answerWith(res, 429, { "retry-after": String(ctx.config.trackLimit.windowSeconds) });
      })
      // The page asks the limiter again and decides; a status is only ever added here.
      .catch(() => undefined)
      .finally(toApp);
    return true;
  };
}

/** Makes the page's 200 the given status (a redirect or an error the page chose stays what it is). */
function answerWith(res: ServerResponse, status: number, headers: Record<string, string>) {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  const writeHead = res.writeHead.bind(res);
  res.writeHead = function (this: ServerResponse, code: number, ...rest: unknown[]) {
    return (writeHead as (...a: unknown[]) => ServerResponse)(code === 200 ? status : code, ...rest);
  };
  res.statusCode = status;
}
