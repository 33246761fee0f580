import { TRPCError } from "@trpc/server";
import type { Session } from "next-auth";
import { getDb } from "@/server/app-db";
import type { Db } from "@/server/db/types";
import { isDatabaseUnavailable, retryWhileUnavailable } from "@/server/db/unavailable";
import { hasSessionCookie } from "@/server/auth/session-cookie";
import { loadActor } from "@/server/domain/auth/load-actor";
import { makeDomainCtx } from "@/server/domain/context";
import { LOCALE_COOKIE, LOCALE_HEADER, requestLocale } from "@/server/i18n/locale";
import { clientIpFrom } from "@/server/client-ip";
import { env } from "@/server/env";
import { FILL_HEADER } from "@/server/public-cache/fill-token";
import { cookieNames, cookieValue } from "./cookie-header";
import type { TrpcContext } from "@/server/api/trpc";

/** What a context is read from, whichever server received the request. */
export type RequestFacts = {
  header: (name: string) => string | null;
  cookie: (name: string) => string | undefined;
  readSession: () => Promise<Session | null>;
  openDb: () => Promise<{ db: Db; readDb?: Db }>;
};

/** The tRPC context of a request: database, the actor re-read from the database, the locale and the client's address. */
export async function contextFrom(facts: RequestFacts): Promise<TrpcContext> {
  const [{ db, readDb }, session] = await Promise.all([facts.openDb(), facts.readSession()]);
  // Re-reading the signed-in user is a read: it waits out a database restart, then answers 503, never 500.
  const actor = await retryWhileUnavailable(() =>
    loadActor(
      db,
      session?.user
        ? {
            userId: session.user.id,
            sessionVersion: session.user.sessionVersion,
            sessionId: session.user.sessionId,
            signedInAt: session.user.signedInAt,
          }
        : null,
      { maxHours: env.session.maxHours },
    ),
  ).catch((error: unknown) => {
    if (isDatabaseUnavailable(error))
      throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "temporarily unavailable, try again", cause: error });
    throw error;
  });
  const locale = requestLocale(facts.header(LOCALE_HEADER), facts.cookie(LOCALE_COOKIE));
  // The public cache fills an entry under the change versions it read from the primary: the page must be rendered
  // from data at least that new, so a fill reads the primary too (a replica may lag behind the versions).
  const fill = facts.header(FILL_HEADER) !== null;
  return makeDomainCtx({ db, readDb: fill ? db : readDb, actor, locale, clientIp: clientIpFrom(facts.header("x-forwarded-for")) });
}

/**
 * The context of a request answered before Next (the intake lane), which takes only requests without a session:
 * there is no one to read, so nothing of Next's request scope (or of next-auth) is needed.
 */
export function createAnonymousRequestContext(req: Request, openDb: () => Promise<{ db: Db; readDb?: Db }> = getDb): Promise<TrpcContext> {
  const cookie = req.headers.get("cookie");
  if (hasSessionCookie(cookieNames(cookie))) throw new Error("a signed-in request must go through Next");
  return contextFrom({
    header: (name) => req.headers.get(name),
    cookie: (name) => cookieValue(cookie, name),
    readSession: () => Promise.resolve(null),
    openDb,
  });
}
