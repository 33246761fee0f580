import type { z } from "zod";
import { agencies } from "@/server/db/schema";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { uniqueOr } from "@/server/domain/errors";
import { agencyInput } from "./schemas";
import { oneRow } from "@/server/db/one-row";

export async function createAgency({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof agencyInput> }) {
  const actor = requireRole(ctx, ["admin"]);
  const data = agencyInput.parse(input);
  return uniqueOr("slug", () =>
    ctx.db.transaction(async (tx) => {
      const row = oneRow(await tx.insert(agencies).values(data).returning());
      await writeAudit(tx, actor, { action: "agency.create", entityType: "agency", entityId: row.id, after: data });
      return row;
    }),
  );
}
