import "server-only";

import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";
import { PATH_HEADER } from "@/server/i18n/locale";

/** Sign-in, then back to the page asked for (the proxy names it, query included). */
export async function redirectToSignIn(): Promise<never> {
  const path = (await headers()).get(PATH_HEADER) ?? "/";
  redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
}

/**
 * A server call a page cannot render without, its refusal answered the one way every page answers it: nobody
 * signed in → sign-in; a role that may not → 403; nothing at that address (or a malformed one) → 404.
 * Anything else (the database away, a bug) propagates to the error page.
 */
export async function orPageError<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    if (error.code === "UNAUTHORIZED") return redirectToSignIn();
    if (error.code === "FORBIDDEN") forbidden();
    if (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST") notFound();
    throw error;
  }
}

/** A server call's answer, or null when there is nothing at that address or the address or filter is malformed. */
export async function orNull<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
    throw error;
  }
}
