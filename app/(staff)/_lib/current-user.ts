import "server-only";

import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getServerCaller } from "../../_trpc/server";

/**
 * The signed-in account, or a redirect to sign-in. Layouts and pages render concurrently, so every
 * staff page calls this itself; the procedures behind it check access again.
 */
export const requireUser = cache(async () => {
  const caller = await getServerCaller();
  try {
    return await caller.user.me();
  } catch (error) {
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") redirect("/signin");
    throw error;
  }
});
