import type { ServerResponse } from "node:http";
import type { BeforeNext } from "@/server/before-next";
import { clientIpFrom } from "@/server/client-ip";
import type { Db } from "@/server/db/types";
import { trackingCodeKnown } from "@/server/domain/complaint/track";
import { makeDomainCtx, type DomainCtx } from "@/server/domain/context";
import { trackLookupsRefused } from "@/server/domain/rate-limit";

const TRACK_PAGE = /^(?:\/en)?\/track\/([^/?]+)(?:\?|$)/;

/**
 * A tracking page's status, which Next cannot give a page: 429 with Retry-After for a client whose lookups are
 * refused (too many unknown codes), 404 for a code that names no complaint. Asked before Next, without counting a
 * lookup; the page renders the same outcome in words, with the form and the code as typed.
 */
export function trackStatusFor(db: Db): BeforeNext {
  return (req, res, toApp) => {
    const typed = req.method === "GET" || req.method === "HEAD" ? TRACK_PAGE.exec(req.url ?? "")?.[1] : undefined;
    if (typed === undefined) return false;
    const ctx = makeDomainCtx({ db, clientIp: clientIpFrom(req.headers["x-forwarded-for"]?.toString() ?? null) });
    statusOf(ctx, typed)
      .then((status) => {
        if (status === 429) answerWith(res, 429, { "retry-after": String(ctx.config.trackLimit.windowSeconds) });
        else if (status === 404) answerWith(res, 404, {});
      })
      // The page asks the limiter again and decides; a status is only ever added here.
      .catch(() => undefined)
      .finally(toApp);
    return true;
  };
}

async function statusOf(ctx: DomainCtx, typed: string): Promise<200 | 404 | 429> {
  if (await trackLookupsRefused(ctx)) return 429;
  let code: string;
  try {
    code = decodeURIComponent(typed);
  } catch {
    return 404;
  }
  return (await trackingCodeKnown(ctx, code)) ? 200 : 404;
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
