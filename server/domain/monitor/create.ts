import { eq } from "drizzle-orm";
import type { z } from "zod";
import { monitors, services } from "@/server/db/schema";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError } from "@/server/domain/errors";
import { addressLiteral, publicAddressesOnly } from "./address-guard";
import { createMonitorInput } from "./schemas";
import { oneRow } from "@/server/db/one-row";

/**
 * A first check a random moment within `spreadSeconds` (at most one interval) from now: monitors added or resumed
 * together do not fire together, and one added by hand is checked within seconds.
 */
export function firstDueAt(now: Date, intervalSeconds: number, spreadSeconds = 10): Date {
  return new Date(now.getTime() + Math.floor(Math.random() * Math.min(intervalSeconds, spreadSeconds) * 1000));
}

/** An admin attaches a monitor to a catalogue service. */
export async function createMonitor({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof createMonitorInput> }) {
  const actor = requireRole(ctx, ["admin"]);
  const data = createMonitorInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const [service] = await tx.select({ id: services.id }).from(services).where(eq(services.id, data.serviceId));
    if (!service) throw new DomainError("VALIDATION", "unknown service", { serviceId: ["errors.service"] });
    // An address typed as such is judged now; a name is judged on every check, when it is resolved.
    const literal = addressLiteral(new URL(data.url).hostname);
    if (literal && !ctx.config.monitorAllowPrivate && !publicAddressesOnly(literal))
      throw new DomainError("VALIDATION", "not a public address", { url: ["errors.monitorPrivate"] });
    const row = oneRow(
      await tx
        .insert(monitors)
        .values({ ...data, expectText: data.expectText ?? null, nextDueAt: firstDueAt(ctx.now(), data.intervalSeconds), createdById: actor.userId })
        .returning({ id: monitors.id }),
    );
    await writeAudit(tx, actor, { action: "monitor.create", entityType: "monitor", entityId: row.id, after: data });
    return row;
  });
}
