import type { z } from "zod";
import { settings } from "@/server/db/schema";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { loadRetentionSchedule, RETENTION_SETTING, retentionSchedule } from "./retention-schedule";

/** An admin sets how long personal data is kept; the change is audited with both schedules. */
export async function updateRetentionSchedule({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof retentionSchedule> }) {
  const actor = requireRole(ctx, ["admin"]);
  const next = retentionSchedule.parse(input);
  const before = await loadRetentionSchedule(ctx.db);
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(settings)
      .values({ key: RETENTION_SETTING, value: next, updatedById: actor.userId })
      .onConflictDoUpdate({ target: settings.key, set: { value: next, updatedById: actor.userId, updatedAt: ctx.now() } });
    await writeAudit(tx, actor, { action: "settings.retention", entityType: "setting", entityId: RETENTION_SETTING, before, after: next });
  });
  return next;
}

/** The schedule in force, for the admin's form and the public privacy notice. */
export async function getRetentionSchedule({ ctx }: { ctx: DomainCtx }) {
  return loadRetentionSchedule(ctx.db);
}
