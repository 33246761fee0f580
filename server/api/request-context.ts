import { TRPCError } from "@trpc/server";
import { cookies, headers } from "next/headers";
import { isDatabaseUnavailable, retryWhileUnavailable } from "../db/unavailable";
import { auth } from "../auth/config";
import { hasSessionCookie } from "../auth/session-cookie";
import { getDb } from "../db";
import { loadActor } from "../domain/auth/load-actor";
import type { TrpcContext } from "./trpc";
import { LOCALE_COOKIE, LOCALE_HEADER, requestLocale } from "../i18n/locale";
import { makeDomainCtx } from "../domain/context";
import { clientIpFrom } from "./client-ip";

/** Builds the tRPC context for a real request: database, the actor re-read from the database, and the locale. */
export async function createRequestContext(): Promise<TrpcContext> {
  const [{ db }, cookieStore, headerStore] = await Promise.all([getDb(), cookies(), headers()]);
  const session = hasSessionCookie(cookieStore.getAll().map((c) => c.name)) ? await auth() : null;
  // Re-reading the signed-in user is a read: it waits out a database restart, then answers 503, never 500.
  const actor = await retryWhileUnavailable(() => loadActor(db, session?.user ? { userId: session.user.id, sessionVersion: session.user.sessionVersion, sessionId: session.user.sessionId } : null)).catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "temporarily unavailable, try again", cause: error });
    throw error;
  });
  const locale = requestLocale(headerStore.get(LOCALE_HEADER), cookieStore.get(LOCALE_COOKIE)?.value);
  return makeDomainCtx({ db, actor, locale, clientIp: clientIpFrom(headerStore.get("x-forwarded-for")) });
}
