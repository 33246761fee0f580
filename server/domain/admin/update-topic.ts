import type { z } from "zod";
import { eq } from "drizzle-orm";
import { topics } from "@/server/db/schema";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { notFound } from "@/server/domain/errors";
import { updateTopicInput } from "./schemas";
import { oneRow } from "@/server/db/one-row";

/** An admin relabels a national topic in both languages (the code, which the model and open data use, stays). */
export async function updateTopic({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof updateTopicInput> }) {
  const actor = requireRole(ctx, ["admin"]);
  const { code, ...labels } = updateTopicInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(topics).where(eq(topics.code, code)).for("update");
    if (!before) throw notFound("topic");
    const row = oneRow(await tx.update(topics).set(labels).where(eq(topics.code, code)).returning());
    await writeAudit(tx, actor, {
      action: "topic.update",
      entityType: "topic",
      entityId: code,
      before: { labelId: before.labelId, labelEn: before.labelEn },
      after: labels,
    });
    return row;
  });
}
