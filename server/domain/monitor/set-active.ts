import { eq } from "drizzle-orm";
import type { z } from "zod";
import { monitors } from "@/server/db/schema";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { notFound } from "@/server/domain/errors";
import { firstDueAt } from "./create";
import { setMonitorActiveInput } from "./schemas";

/** An admin pauses a monitor (its history stays) or resumes it; a resumed monitor starts a fresh run of failures. */
export async function setMonitorActive({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof setMonitorActiveInput> }) {
  const actor = requireRole(ctx, ["admin"]);
  const { monitorId, active } = setMonitorActiveInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const [monitor] = await tx.select().from(monitors).where(eq(monitors.id, monitorId)).for("update");
    if (!monitor) throw notFound("monitor");
    await tx
      .update(monitors)
      .set(active ? { isActive: true, consecutiveFailures: 0, nextDueAt: firstDueAt(ctx.now(), monitor.intervalSeconds) } : { isActive: false })
      .where(eq(monitors.id, monitorId));
    await writeAudit(tx, actor, { action: active ? "monitor.resume" : "monitor.pause", entityType: "monitor", entityId: monitorId });
    return { monitorId, active };
  });
}
