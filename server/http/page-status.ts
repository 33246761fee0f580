import type { IncomingMessage, ServerResponse } from "node:http";
import type { BeforeNext } from "@/server/before-next";
import { clientIpFrom } from "@/server/client-ip";
import type { Db } from "@/server/db/types";
import { trackingCodeKnown } from "@/server/domain/complaint/track";
import { makeDomainCtx, type DomainCtx } from "@/server/domain/context";
import { publicIncidentKnown } from "@/server/domain/incident/get-public";
import { trackLookupsRefused } from "@/server/domain/rate-limit";
import { publishedReportKnown } from "@/server/domain/report/get-published";
import { scorecardKnown } from "@/server/domain/stats/get-scorecard";

/*
 * A page's HTTP status, which Next cannot let a page set: asked here, before Next, and put on the page's own
 * answer. The page renders the same outcome in words (Next's notFound() from a page streams an error document
 * that only JavaScript fills in: vercel/next.js#62228), so a visitor without scripts still reads it.
 */

type PageStatus = { status: 200 } | { status: 404 } | { status: 429; retryAfterSeconds: number };
type StatusOf = (ctx: DomainCtx, match: RegExpExecArray) => Promise<PageStatus>;

const OK: PageStatus = { status: 200 };
const NOT_FOUND: PageStatus = { status: 404 };

/** `/track/<code>`: 429 while the client's lookups are refused (counted nowhere here), 404 for a code of no complaint. */
export function trackStatusFor(db: Db): BeforeNext {
  return pageStatusFor({ db }, /^(?:\/en)?\/track\/([^/?]+)(?:\?|$)/, async (ctx, [, typed = ""]) => {
    if (await trackLookupsRefused(ctx)) return { status: 429, retryAfterSeconds: ctx.config.trackLimit.windowSeconds };
    const code = decoded(typed);
    return code !== null && (await trackingCodeKnown(ctx, code)) ? OK : NOT_FOUND;
  });
}

const DETAIL_KNOWN: Record<string, (ctx: DomainCtx, key: string) => Promise<boolean>> = {
  insiden: publicIncidentKnown,
  laporan: publishedReportKnown,
  instansi: scorecardKnown,
};

/**
 * `/insiden/<code>`, `/laporan/<slug>`, `/instansi/<slug>`: 404 when nothing public lives there. Installed after
 * the public cache, so only a render pays the look-up; the cache keeps 200s only, so a 404 is never served from it.
 */
export function detailPageStatusFor(db: Db, readDb: Db = db): BeforeNext {
  return pageStatusFor({ db, readDb }, /^(?:\/en)?\/(insiden|laporan|instansi)\/([^/?]+)(?:\?|$)/, async (ctx, [, page = "", typed = ""]) => {
    const key = decoded(typed);
    const known = DETAIL_KNOWN[page];
    return key !== null && known !== undefined && (await known(ctx, key)) ? OK : NOT_FOUND;
  });
}

/** The pages read the replica when there is one; so do their look-ups here, so both see the same rows. */
type Dbs = { db: Db; readDb?: Db };

function pageStatusFor(dbs: Dbs, page: RegExp, statusOf: StatusOf): BeforeNext {
  return (req, res, toApp) => {
    const match = req.method === "GET" || req.method === "HEAD" ? page.exec(req.url ?? "") : null;
    if (!match) return false;
    statusOf(ctxFor(dbs, req), match)
      .then((outcome) => {
        if (outcome.status === 429) answerWith(res, 429, { "retry-after": String(outcome.retryAfterSeconds) });
        else if (outcome.status === 404) answerWith(res, 404, {});
      })
      // The page asks again and decides what it shows; a status is only ever added here.
      .catch(() => undefined)
      .finally(toApp);
    return true;
  };
}

function ctxFor({ db, readDb }: Dbs, req: IncomingMessage): DomainCtx {
  return makeDomainCtx({ db, readDb, clientIp: clientIpFrom(req.headers["x-forwarded-for"]?.toString() ?? null) });
}

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
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
