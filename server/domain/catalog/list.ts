import { asc, eq } from "drizzle-orm";
import { agencies, places, services } from "../../db/schema";
import type { DomainCtx } from "../context";

export type CatalogService = {
  id: string;
  code: string;
  name: { id: string; en: string };
  agency: { id: string; name: { id: string; en: string }; acronym: string | null };
  keywords: string;
};
export type CatalogPlace = { id: string; name: string; city: string; province: string; lat: number | null; lng: number | null };

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

export async function listPlaces({ ctx }: { ctx: DomainCtx }): Promise<CatalogPlace[]> {
  return ctx.db
    .select({ id: places.id, name: places.name, city: places.city, province: places.province, lat: places.lat, lng: places.lng })
    .from(places)
    .where(eq(places.active, true))
    .orderBy(asc(places.name));
}

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
