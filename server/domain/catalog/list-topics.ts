import { asc } from "drizzle-orm";
import { topics } from "@/server/db/schema";
import type { DomainCtx } from "@/server/domain/context";

/** The national topics in their fixed order, with the labels admins keep. */
export async function listTopics({ ctx }: { ctx: DomainCtx }) {
  const rows = await ctx.readDb.select().from(topics).orderBy(asc(topics.position));
  return rows.map((t) => ({ code: t.code, name: { id: t.labelId, en: t.labelEn } }));
}
