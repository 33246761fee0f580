import type { z } from "zod";
import { eq } from "drizzle-orm";
import { agencies, services } from "../../db/schema";
import { requireRole } from "../access";
import { writeAudit } from "../audit";
import type { DomainCtx } from "../context";
import { DomainError, uniqueOr } from "../errors";
import { serviceInput } from "./schemas";

export async function createService({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof serviceInput> }) {
  const actor = requireRole(ctx, ["admin"]);
  const data = serviceInput.parse(input);
  return uniqueOr("code", () =>
    ctx.db.transaction(async (tx) => {
      const [agency] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, data.agencyId));
      if (!agency) throw new DomainError("VALIDATION", "unknown agency", { agencyId: ["errors.agency"] });
      const [row] = await tx.insert(services).values(data).returning();
      await writeAudit(tx, actor, { action: "service.create", entityType: "service", entityId: row!.id, after: data });
      return row!;
    }),
  );
}
