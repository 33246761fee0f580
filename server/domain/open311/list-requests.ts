import { and, desc, eq, gte, inArray, lt, ne, type SQL } from "drizzle-orm";
import { type z } from "zod";
import { complaints, services } from "@/server/db/schema";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError, notFound } from "@/server/domain/errors";
import { type PublicRequest, selectPublicRequests, toPublicRequest } from "./public-request";
import { isRequestId, requestListInput } from "./schemas";

/** The spec's default window, and the most a list may span or hold. */
export const MAX_RANGE_MS = 90 * 24 * 3600_000;

const MAX_RESULTS = 1000;

/** Reports by id, or by service, time window (at most 90 days) and open/closed; newest first, at most 1,000. */
export async function listOpen311Requests({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof requestListInput> }): Promise<PublicRequest[]> {
  const q = requestListInput.parse(input);
  if (q.ids) {
    const ids = q.ids.filter(isRequestId).slice(0, MAX_RESULTS);
    if (ids.length === 0) return [];
    const rows = await selectPublicRequests(ctx, q.locale).where(inArray(complaints.id, ids));
    return rows.map(toPublicRequest);
  }
  if (q.end.getTime() < q.start.getTime()) throw new DomainError("VALIDATION", "end_date is before start_date");
  if (q.end.getTime() - q.start.getTime() > MAX_RANGE_MS) throw new DomainError("VALIDATION", "the date range may not exceed 90 days");
  const where: SQL[] = [gte(complaints.createdAt, q.start), lt(complaints.createdAt, q.end)];
  if (q.serviceCode) {
    const [service] = await ctx.readDb.select({ id: services.id }).from(services).where(eq(services.code, q.serviceCode));
    if (!service) throw notFound(`service_code ${q.serviceCode}`);
    where.push(eq(complaints.serviceId, service.id));
  }
  if (q.status) where.push(q.status === "open" ? ne(complaints.stage, "closed") : eq(complaints.stage, "closed"));
  const rows = await selectPublicRequests(ctx, q.locale)
    .where(and(...where))
    .orderBy(desc(complaints.createdAt))
    .limit(MAX_RESULTS);
  return rows.map(toPublicRequest);
}
