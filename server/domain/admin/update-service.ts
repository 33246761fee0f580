import type { z } from "zod";
import { eq } from "drizzle-orm";
import { complaints, publicCountChanges, services } from "@/server/db/schema";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { notFound, uniqueOr } from "@/server/domain/errors";
import { updateServiceInput } from "./schemas";
import { oneRow } from "@/server/db/one-row";

export async function updateService({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof updateServiceInput> }) {
  const actor = requireRole(ctx, ["admin"]);
  const { serviceId, ...changes } = updateServiceInput.parse(input);
  return uniqueOr("code", () =>
    ctx.db.transaction(async (tx) => {
      const [before] = await tx.select().from(services).where(eq(services.id, serviceId)).for("update");
      if (!before) throw notFound("service");
      const row = oneRow(await tx.update(services).set(changes).where(eq(services.id, serviceId)).returning());
      // A service moved to another topic takes its reports along; the public figures are recounted.
      if (changes.topicCode && changes.topicCode !== before.topicCode) {
        await tx.update(complaints).set({ topicCode: changes.topicCode }).where(eq(complaints.serviceId, serviceId));
        await tx.insert(publicCountChanges).values({});
      }
      await writeAudit(tx, actor, {
        action: "service.update",
        entityType: "service",
        entityId: serviceId,
        before: Object.fromEntries(Object.keys(changes).map((k) => [k, before[k as keyof typeof before] ?? null])),
        after: changes,
      });
      return row;
    }),
  );
}
