import "server-only";

import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/server/db/schema/constants";
import { orPageError } from "@/app/_trpc/page-errors";
import { getServerCaller } from "@/app/_trpc/server";

/**
 * The signed-in account, or a redirect to sign-in (or to /akun while the account must be put in order
 * first). Layouts and pages render concurrently, so every staff page calls this itself; the procedures
 * behind it check access again.
 */
export const requireUser = cache(async () => {
  const caller = await getServerCaller();
  const me = await orPageError(caller.user.me());
  if (me.restriction) redirect("/akun");
  return me;
});

/** The signed-in account if its role may see this page; otherwise the page answers 403. The procedures check again. */
export async function requireRole(roles: readonly Role[]) {
  const me = await requireUser();
  if (!roles.includes(me.role)) forbidden();
  return me;
}
