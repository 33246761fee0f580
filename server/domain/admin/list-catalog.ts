import { eq, sql } from "drizzle-orm";
import { agencies, places, services } from "@/server/db/schema";
import { requireRole } from "@/server/domain/access";
import type { DomainCtx } from "@/server/domain/context";

/** Everything an admin manages, with counts of what hangs off each agency. */
export async function listCatalogForAdmin({ ctx }: { ctx: DomainCtx }) {
  requireRole(ctx, ["admin"]);
  const [agencyRows, serviceRows, placeRows] = await Promise.all([
    ctx.db
      .select({
        id: agencies.id,
        slug: agencies.slug,
        nameId: agencies.nameId,
        acronym: agencies.acronym,
        kind: agencies.kind,
        active: agencies.active,
        services: sql<number>`(select count(*)::int from services s where s.agency_id = ${agencies.id})`,
      })
      .from(agencies)
      .orderBy(agencies.nameId),
    ctx.db
      .select({ id: services.id, code: services.code, nameId: services.nameId, agencyId: services.agencyId, active: services.active })
      .from(services)
      .orderBy(services.code),
    ctx.db
      .select({ id: places.id, slug: places.slug, name: places.name, city: places.city, active: places.active })
      .from(places)
      // The gazetteer's 550 provinces and regencies come from its package, not from admins.
      .where(eq(places.kind, "landmark"))
      .orderBy(places.name),
  ]);
  return { agencies: agencyRows, services: serviceRows, places: placeRows };
}
