import type { z } from "zod";
import { eq } from "drizzle-orm";
import { agencies } from "@/server/db/schema";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { notFound, uniqueOr } from "@/server/domain/errors";
import { updateAgencyInput } from "./schemas";
import { oneRow } from "@/server/db/one-row";

export async function updateAgency({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof updateAgencyInput> }) {
  const actor = requireRole(ctx, ["admin"]);
  const { agencyId, ...changes } = updateAgencyInput.parse(input);
  return uniqueOr("slug", () =>
    ctx.db.transaction(async (tx) => {
      const [before] = await tx.select().from(agencies).where(eq(agencies.id, agencyId)).for("update");
      if (!before) throw notFound("agency");
      const row = oneRow(await tx.update(agencies).set(changes).where(eq(agencies.id, agencyId)).returning());
      await writeAudit(tx, actor, {
        action: "agency.update",
        entityType: "agency",
        entityId: agencyId,
        before: Object.fromEntries(Object.keys(changes).map((k) => [k, before[k as keyof typeof before] ?? null])),
        after: changes,
      });
      return row;
    }),
  );
}
