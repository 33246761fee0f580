import type { z } from "zod";
import { places } from "../../db/schema";
import { requireRole } from "../access";
import { writeAudit } from "../audit";
import type { DomainCtx } from "../context";
import { uniqueOr } from "../errors";
import { placeInput } from "./schemas";

export async function createPlace({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof placeInput> }) {
  const actor = requireRole(ctx, ["admin"]);
  const data = placeInput.parse(input);
  return uniqueOr("slug", () =>
    ctx.db.transaction(async (tx) => {
      const [row] = await tx.insert(places).values(data).returning();
      await writeAudit(tx, actor, { action: "place.create", entityType: "place", entityId: row!.id, after: data });
      return row!;
    }),
  );
}
