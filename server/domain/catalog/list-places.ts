import { and, asc, eq } from "drizzle-orm";
import { places } from "@/server/db/schema";
import type { DomainCtx } from "@/server/domain/context";

export type CatalogPlace = { id: string; name: string; city: string; province: string; lat: number | null; lng: number | null };

/** The landmarks people pick from (the gazetteer's 550 areas are for triage and maps, not for a picker). */
export async function listPlaces({ ctx }: { ctx: DomainCtx }): Promise<CatalogPlace[]> {
  return ctx.db
    .select({ id: places.id, name: places.name, city: places.city, province: places.province, lat: places.lat, lng: places.lng })
    .from(places)
    .where(and(eq(places.active, true), eq(places.kind, "landmark")))
    .orderBy(asc(places.name));
}
