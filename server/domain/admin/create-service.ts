import type { z } from "zod";
import { eq } from "drizzle-orm";
import { agencies, services } from "@/server/db/schema";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError, uniqueOr } from "@/server/domain/errors";
import { serviceInput } from "./schemas";
import { oneRow } from "@/server/db/one-row";

export async function createService({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof serviceInput> }) {
  const actor = requireRole(ctx, ["admin"]);
  const data = serviceInput.parse(input);
  return uniqueOr("code", () =>
    ctx.db.transaction(async (tx) => {
      const [agency] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, data.agencyId));
      if (!agency) throw new DomainError("VALIDATION", "unknown agency", { agencyId: ["errors.agency"] });
      const row = oneRow(await tx.insert(services).values(data).returning());
      await writeAudit(tx, actor, { action: "service.create", entityType: "service", entityId: row.id, after: data });
      return row;
    }),
  );
}
