import { eq } from "drizzle-orm";
import type { z } from "zod";
import { monitors, services } from "../../db/schema";
import { requireRole } from "../access";
import { writeAudit } from "../audit";
import type { DomainCtx } from "../context";
import { DomainError } from "../errors";
import { createMonitorInput } from "./schemas";

/** The first check is spread over the first interval (at most a minute) so monitors added together do not fire together. */
export function firstDueAt(now: Date, intervalSeconds: number): Date {
  return new Date(now.getTime() + Math.floor(Math.random() * Math.min(intervalSeconds, 60) * 1000));
}

/** An admin attaches a monitor to a catalogue service. */
export async function createMonitor({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof createMonitorInput> }) {
  const actor = requireRole(ctx, ["admin"]);
  const data = createMonitorInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const [service] = await tx.select({ id: services.id }).from(services).where(eq(services.id, data.serviceId));
    if (!service) throw new DomainError("VALIDATION", "unknown service", { serviceId: ["errors.service"] });
    const [row] = await tx
      .insert(monitors)
      .values({ ...data, expectText: data.expectText ?? null, nextDueAt: firstDueAt(ctx.now(), data.intervalSeconds), createdById: actor.userId })
      .returning({ id: monitors.id });
    await writeAudit(tx, actor, { action: "monitor.create", entityType: "monitor", entityId: row!.id, after: data });
    return row!;
  });
}
