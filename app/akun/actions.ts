"use server";

import { signOut } from "@/server/auth/config";

/** After a password change or "sign out everywhere" the session is already void: clear its cookie too. */
export async function endSessionAction(notice: "password_changed" | "signed_out_everywhere") {
  await signOut({ redirectTo: `/signin?notice=${notice}` });
}
