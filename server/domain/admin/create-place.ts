import type { z } from "zod";
import { places } from "@/server/db/schema";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { uniqueOr } from "@/server/domain/errors";
import { placeInput } from "./schemas";
import { oneRow } from "@/server/db/one-row";

export async function createPlace({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof placeInput> }) {
  const actor = requireRole(ctx, ["admin"]);
  const data = placeInput.parse(input);
  return uniqueOr("slug", () =>
    ctx.db.transaction(async (tx) => {
      const row = oneRow(await tx.insert(places).values(data).returning());
      await writeAudit(tx, actor, { action: "place.create", entityType: "place", entityId: row.id, after: data });
      return row;
    }),
  );
}
