import { cookies, headers } from "next/headers";
import { auth } from "../auth/config";
import { hasSessionCookie } from "../auth/session-cookie";
import { getDb } from "../db";
import { loadActor } from "../domain/auth/load-actor";
import type { TrpcContext } from "./trpc";
import { LOCALE_COOKIE, resolveLocale } from "../i18n/locale";
import { makeDomainCtx } from "../domain/context";
import { clientIpFrom } from "./client-ip";

/** Builds the tRPC context for a real request: database, the actor re-read from the database, and the locale. */
export async function createRequestContext(): Promise<TrpcContext> {
  const [{ db }, cookieStore, headerStore] = await Promise.all([getDb(), cookies(), headers()]);
  const session = hasSessionCookie(cookieStore.getAll().map((c) => c.name)) ? await auth() : null;
  const actor = await loadActor(db, session?.user?.id);
  const locale = resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value);
  return makeDomainCtx({ db, actor, locale, clientIp: clientIpFrom(headerStore.get("x-forwarded-for")) });
}
