import { cookies, headers } from "next/headers";
import { auth } from "@/server/auth/config";
import { hasSessionCookie } from "@/server/auth/session-cookie";
import { getDb } from "@/server/app-db";
import { contextFrom } from "./context-from-request";
import type { TrpcContext } from "@/server/api/trpc";

/** Builds the tRPC context for a request Next received: the session (when there is a session cookie) is read through next-auth. */
export async function createRequestContext(): Promise<TrpcContext> {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  const signedIn = hasSessionCookie(cookieStore.getAll().map((c) => c.name));
  return contextFrom({
    header: (name) => headerStore.get(name),
    cookie: (name) => cookieStore.get(name)?.value,
    readSession: () => (signedIn ? auth() : Promise.resolve(null)),
    openDb: getDb,
  });
}
