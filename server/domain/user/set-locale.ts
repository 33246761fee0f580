import type { z } from "zod";
import { eq } from "drizzle-orm";
import { users } from "@/server/db/schema";
import type { Locale } from "@/server/db/schema/constants";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { notFound, unauthorized } from "@/server/domain/errors";
import { setLocaleInput } from "./schemas";

/** The language an account's emails and screens use by default. */
export async function setUserLocale({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof setLocaleInput> }): Promise<{ locale: Locale }> {
  const actor = ctx.actor;
  if (!actor) throw unauthorized();
  const { locale } = setLocaleInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select({ locale: users.locale }).from(users).where(eq(users.id, actor.userId)).for("update");
    if (!before) throw notFound("user");
    await tx.update(users).set({ locale }).where(eq(users.id, actor.userId));
    await writeAudit(tx, actor, {
      action: "user.set_locale",
      entityType: "user",
      entityId: actor.userId,
      before: { locale: before.locale },
      after: { locale },
    });
    return { locale };
  });
}
