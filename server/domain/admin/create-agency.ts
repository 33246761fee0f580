import type { z } from "zod";
import { agencies } from "../../db/schema";
import { requireRole } from "../access";
import { writeAudit } from "../audit";
import type { DomainCtx } from "../context";
import { uniqueOr } from "../errors";
import { agencyInput } from "./schemas";

export async function createAgency({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof agencyInput> }) {
  const actor = requireRole(ctx, ["admin"]);
  const data = agencyInput.parse(input);
  return uniqueOr("slug", () =>
    ctx.db.transaction(async (tx) => {
      const [row] = await tx.insert(agencies).values(data).returning();
      await writeAudit(tx, actor, { action: "agency.create", entityType: "agency", entityId: row!.id, after: data });
      return row!;
    }),
  );
}
