import { asc, eq } from "drizzle-orm";
import { agencies, services } from "@/server/db/schema";
import type { DomainCtx } from "@/server/domain/context";

export type CatalogService = {
  id: string;
  code: string;
  name: { id: string; en: string };
  agency: { id: string; name: { id: string; en: string }; acronym: string | null };
  keywords: string;
};

/** Every active service with its agency: small enough to send whole, so the form can search as people type, offline too. */
export async function listServices({ ctx }: { ctx: DomainCtx }): Promise<CatalogService[]> {
  const rows = await ctx.db
    .select({ s: services, a: agencies })
    .from(services)
    .innerJoin(agencies, eq(agencies.id, services.agencyId))
    .where(eq(services.active, true))
    .orderBy(asc(services.nameId));
  return rows.map(({ s, a }) => ({
    id: s.id,
    code: s.code,
    name: { id: s.nameId, en: s.nameEn },
    agency: { id: a.id, name: { id: a.nameId, en: a.nameEn }, acronym: a.acronym },
    keywords: s.keywords,
  }));
}
