import type { z } from "zod";
import { desc, eq, inArray, or } from "drizzle-orm";
import { agencies, clarificationRequests, clarificationResponses } from "@/server/db/schema";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import type { DomainCtx } from "@/server/domain/context";
import { attachmentsByOwner } from "@/server/domain/attachment/by-owner";
import { subjectInput } from "./schemas";

/** Staff view of the requests sent about a complaint or an incident, with the agencies' answers. */
export async function listClarificationsFor({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof subjectInput> }) {
  requireRole(ctx, STAFF_ROLES);
  const { complaintId, incidentId } = subjectInput.parse(input);
  if (!complaintId && !incidentId) return [];
  const now = ctx.now();
  const requests = await ctx.db
    .select({ r: clarificationRequests, agencyName: agencies.nameId })
    .from(clarificationRequests)
    .innerJoin(agencies, eq(agencies.id, clarificationRequests.agencyId))
    .where(
      or(
        complaintId ? eq(clarificationRequests.complaintId, complaintId) : undefined,
        incidentId ? eq(clarificationRequests.incidentId, incidentId) : undefined,
      ),
    )
    .orderBy(desc(clarificationRequests.sentAt));
  const responses = requests.length
    ? await ctx.db
        .select()
        .from(clarificationResponses)
        .where(
          inArray(
            clarificationResponses.requestId,
            requests.map(({ r }) => r.id),
          ),
        )
        .orderBy(desc(clarificationResponses.createdAt))
    : [];
  const files = await attachmentsByOwner(
    ctx.db,
    "clarificationResponseId",
    responses.map((x) => x.id),
  );
  return requests.map(({ r, agencyName }) => ({
    id: r.id,
    agencyName,
    sequence: r.sequence,
    method: r.method,
    questions: r.questions,
    status: r.status,
    dueAt: r.dueAt,
    sentAt: r.sentAt,
    answeredAt: r.answeredAt,
    overdue: r.status === "open" && r.dueAt.getTime() < now.getTime(),
    responses: responses
      .filter((x) => x.requestId === r.id)
      .map((x) => ({ id: x.id, body: x.body, at: x.createdAt, attachments: files.get(x.id) ?? [] })),
  }));
}
