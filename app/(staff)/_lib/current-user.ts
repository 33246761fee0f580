import "server-only";

import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getServerCaller } from "../../_trpc/server";

/**
 * The signed-in account, or a redirect to sign-in (or to /akun while the account must be put in order
 * first). Layouts and pages render concurrently, so every staff page calls this itself; the procedures
 * behind it check access again.
 */
export const requireUser = cache(async (returnTo?: string) => {
  const caller = await getServerCaller();
  const me = await caller.user.me().catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") redirect(returnTo ? `/signin?callbackUrl=${encodeURIComponent(returnTo)}` : "/signin");
    throw error;
  });
  if (me.restriction) redirect("/akun");
  return me;
});
