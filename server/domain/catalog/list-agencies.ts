import { asc, eq } from "drizzle-orm";
import { agencies } from "@/server/db/schema";
import type { DomainCtx } from "@/server/domain/context";

export type CatalogAgency = { id: string; slug: string; name: { id: string; en: string }; acronym: string | null };

/** Active agencies, for pickers and filters. */
export async function listAgencies({ ctx }: { ctx: DomainCtx }): Promise<CatalogAgency[]> {
  const rows = await ctx.db
    .select({ id: agencies.id, slug: agencies.slug, nameId: agencies.nameId, nameEn: agencies.nameEn, acronym: agencies.acronym })
    .from(agencies)
    .where(eq(agencies.active, true))
    .orderBy(asc(agencies.nameId));
  return rows.map((a) => ({ id: a.id, slug: a.slug, name: { id: a.nameId, en: a.nameEn }, acronym: a.acronym }));
}
