import type { z } from "zod";
import { and, asc, desc, eq, gte, inArray, isNull, lt, lte, ne, sql, type SQL } from "drizzle-orm";
import { complaints, incidents, places, services, users } from "@/server/db/schema";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError } from "@/server/domain/errors";
import { queueInput } from "./schemas";

const DUE_SOON_MS = 2 * 24 * 3600_000;

type Cursor = { v: string | null; id: string };
const encode = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString("base64url");
function decode(raw: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(raw, "base64url").toString()) as Cursor;
    if (typeof c.id !== "string") throw new Error("bad cursor");
    return c;
  } catch {
    throw new DomainError("VALIDATION", "bad cursor", { cursor: ["errors.generic"] });
  }
}

/**
 * The triage queue: every complaint staff may see, filtered and sorted, a page at a time with keyset
 * pagination (stable under new arrivals, fast at any depth).
 */
export async function listQueue({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof queueInput> }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const f = queueInput.parse(input);
  const now = ctx.now();
  const where: SQL[] = [];
  if (f.stage?.length) where.push(inArray(complaints.stage, f.stage));
  if (f.category?.length) where.push(inArray(complaints.category, f.category));
  if (f.channel?.length) where.push(inArray(complaints.channel, f.channel));
  if (f.priority?.length) where.push(inArray(complaints.priority, f.priority));
  if (f.agencyId) where.push(eq(complaints.agencyId, f.agencyId));
  if (f.serviceId) where.push(eq(complaints.serviceId, f.serviceId));
  if (f.placeId) where.push(eq(complaints.placeId, f.placeId));
  if (f.incidentId) where.push(eq(complaints.incidentId, f.incidentId));
  if (f.from) where.push(gte(complaints.createdAt, f.from));
  if (f.to) where.push(lte(complaints.createdAt, f.to));
  if (f.deadline === "overdue") where.push(ne(complaints.stage, "closed"), lt(complaints.dueAt, now));
  if (f.deadline === "due_soon")
    where.push(ne(complaints.stage, "closed"), gte(complaints.dueAt, now), lt(complaints.dueAt, new Date(now.getTime() + DUE_SOON_MS)));
  if (f.assignee === "me") where.push(eq(complaints.assigneeId, actor.userId));
  else if (f.assignee === "none") where.push(isNull(complaints.assigneeId));
  else if (f.assignee) where.push(eq(complaints.assigneeId, f.assignee));
  if (f.q) where.push(sql`${complaints.searchVector} @@ websearch_to_tsquery('simple', sigap_unaccent(${f.q}))`);

  // Keyset: (sort key, id) strictly after the cursor, in the sort's direction.
  const cursor = f.cursor ? decode(f.cursor) : null;
  const dueKey = sql`coalesce(${complaints.dueAt}, 'infinity'::timestamptz)`;
  let order: SQL[];
  if (f.sort === "due") {
    // Deadlines first, soonest first; cases without a deadline last (expression index complaints_due_sort_idx).
    if (cursor) where.push(sql`(${dueKey}, ${complaints.id}) > (${cursor.v ?? "infinity"}::timestamptz, ${cursor.id}::uuid)`);
    order = [asc(dueKey), asc(complaints.id)];
  } else if (f.sort === "oldest") {
    if (cursor) where.push(sql`(${complaints.createdAt}, ${complaints.id}) > (${cursor.v}::timestamptz, ${cursor.id}::uuid)`);
    order = [asc(complaints.createdAt), asc(complaints.id)];
  } else {
    if (cursor) where.push(sql`(${complaints.createdAt}, ${complaints.id}) < (${cursor.v}::timestamptz, ${cursor.id}::uuid)`);
    order = [desc(complaints.createdAt), desc(complaints.id)];
  }

  // Pick the page from complaints alone (so the planner can walk an index and stop), then look up names.
  const pageIds = await ctx.db
    .select({ id: complaints.id })
    .from(complaints)
    .where(where.length ? and(...where) : undefined)
    .orderBy(...order)
    .limit(f.limit + 1);
  const ids = pageIds.map((r) => r.id);
  const found = ids.length
    ? await ctx.db
        .select({
          id: complaints.id,
          trackingCode: complaints.trackingCode,
          kind: complaints.kind,
          category: complaints.category,
          channel: complaints.channel,
          stage: complaints.stage,
          priority: complaints.priority,
          rapidResponse: complaints.rapidResponse,
          createdAt: complaints.createdAt,
          dueAt: complaints.dueAt,
          serviceName: services.nameId,
          placeName: places.name,
          assigneeName: users.name,
          incidentId: complaints.incidentId,
          incidentCode: incidents.code,
          suggestedIncidentId: complaints.suggestedIncidentId,
          excerpt: sql<string>`left(${complaints.description}, 160)`,
        })
        .from(complaints)
        .leftJoin(services, eq(services.id, complaints.serviceId))
        .leftJoin(places, eq(places.id, complaints.placeId))
        .leftJoin(users, eq(users.id, complaints.assigneeId))
        .leftJoin(incidents, eq(incidents.id, complaints.incidentId))
        .where(inArray(complaints.id, ids))
    : [];
  const byId = new Map(found.map((r) => [r.id, r]));
  const rows = ids.flatMap((id) => byId.get(id) ?? []);

  const page = rows.slice(0, f.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > f.limit && last
      ? encode({ v: f.sort === "due" ? (last.dueAt?.toISOString() ?? null) : last.createdAt.toISOString(), id: last.id })
      : null;
  return {
    items: page.map((r) => ({
      ...r,
      overdue: r.stage !== "closed" && r.dueAt !== null && r.dueAt.getTime() < now.getTime(),
      dueSoon: r.stage !== "closed" && r.dueAt !== null && r.dueAt.getTime() >= now.getTime() && r.dueAt.getTime() < now.getTime() + DUE_SOON_MS,
    })),
    nextCursor,
  };
}
