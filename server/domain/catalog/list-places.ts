import { asc, eq } from "drizzle-orm";
import { places } from "../../db/schema";
import type { DomainCtx } from "../context";

export type CatalogPlace = { id: string; name: string; city: string; province: string; lat: number | null; lng: number | null };

export async function listPlaces({ ctx }: { ctx: DomainCtx }): Promise<CatalogPlace[]> {
  return ctx.db
    .select({ id: places.id, name: places.name, city: places.city, province: places.province, lat: places.lat, lng: places.lng })
    .from(places)
    .where(eq(places.active, true))
    .orderBy(asc(places.name));
}
