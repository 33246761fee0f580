import { eq, sql } from "drizzle-orm";
import { agencies, places, services } from "../../db/schema";
import { requireRole } from "../access";
import { writeAudit } from "../audit";
import type { DomainCtx } from "../context";
import { DomainError, notFound, uniqueOr } from "../errors";
import { agencyInput, placeInput, serviceInput, updateAgencyInput, updateServiceInput } from "./schemas";

export async function createAgency({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const actor = requireRole(ctx, ["admin"]);
  const data = agencyInput.parse(input);
  return uniqueOr("slug", () =>
    ctx.db.transaction(async (tx) => {
      const [row] = await tx.insert(agencies).values(data).returning();
      await writeAudit(tx, actor, { action: "agency.create", entityType: "agency", entityId: row!.id, after: data });
      return row!;
    }),
  );
}

export async function updateAgency({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const actor = requireRole(ctx, ["admin"]);
  const { agencyId, ...changes } = updateAgencyInput.parse(input);
  return uniqueOr("slug", () =>
    ctx.db.transaction(async (tx) => {
      const [before] = await tx.select().from(agencies).where(eq(agencies.id, agencyId)).for("update");
      if (!before) throw notFound("agency");
      const [row] = await tx.update(agencies).set(changes).where(eq(agencies.id, agencyId)).returning();
      await writeAudit(tx, actor, {
        action: "agency.update",
        entityType: "agency",
        entityId: agencyId,
        before: Object.fromEntries(Object.keys(changes).map((k) => [k, before[k as keyof typeof before] ?? null])),
        after: changes,
      });
      return row!;
    }),
  );
}

export async function createService({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const actor = requireRole(ctx, ["admin"]);
  const data = serviceInput.parse(input);
  return uniqueOr("code", () =>
    ctx.db.transaction(async (tx) => {
      const [agency] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, data.agencyId));
      if (!agency) throw new DomainError("VALIDATION", "unknown agency", { agencyId: ["errors.agency"] });
      const [row] = await tx.insert(services).values(data).returning();
      await writeAudit(tx, actor, { action: "service.create", entityType: "service", entityId: row!.id, after: data });
      return row!;
    }),
  );
}

export async function updateService({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const actor = requireRole(ctx, ["admin"]);
  const { serviceId, ...changes } = updateServiceInput.parse(input);
  return uniqueOr("code", () =>
    ctx.db.transaction(async (tx) => {
      const [before] = await tx.select().from(services).where(eq(services.id, serviceId)).for("update");
      if (!before) throw notFound("service");
      const [row] = await tx.update(services).set(changes).where(eq(services.id, serviceId)).returning();
      await writeAudit(tx, actor, {
        action: "service.update",
        entityType: "service",
        entityId: serviceId,
        before: Object.fromEntries(Object.keys(changes).map((k) => [k, before[k as keyof typeof before] ?? null])),
        after: changes,
      });
      return row!;
    }),
  );
}

export async function createPlace({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
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

/** Everything an admin manages, with counts of what hangs off each agency. */
export async function listCatalogForAdmin({ ctx }: { ctx: DomainCtx }) {
  requireRole(ctx, ["admin"]);
  const [agencyRows, serviceRows, placeRows] = await Promise.all([
    ctx.db
      .select({ id: agencies.id, slug: agencies.slug, nameId: agencies.nameId, acronym: agencies.acronym, kind: agencies.kind, active: agencies.active, services: sql<number>`(select count(*)::int from services s where s.agency_id = ${agencies.id})` })
      .from(agencies)
      .orderBy(agencies.nameId),
    ctx.db.select({ id: services.id, code: services.code, nameId: services.nameId, agencyId: services.agencyId, active: services.active }).from(services).orderBy(services.code),
    ctx.db.select({ id: places.id, slug: places.slug, name: places.name, city: places.city, active: places.active }).from(places).orderBy(places.name),
  ]);
  return { agencies: agencyRows, services: serviceRows, places: placeRows };
}
