import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { complaints, correctiveActions, incidents } from "@/server/db/schema";
import type { IncomingFile } from "@/server/domain/attachment/process";
import { insertAttachmentRows, storeAttachments } from "@/server/domain/attachment/store";
import { writeAudit } from "@/server/domain/audit";
import { requireResponder } from "@/server/domain/clarification/agency-access";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError, notFound } from "@/server/domain/errors";
import { reportCorrectiveActionInput } from "./schemas";
import { oneRow } from "@/server/db/one-row";

/**
 * Whether the Ombudsman shared this complaint with the agency: the subject of one of its clarification
 * requests, or evidence attached to one. An agency never learns of a case it was not shown.
 */
function sharedWithAgency(complaintId: typeof complaints.id, agencyId: string) {
  return sql`exists (
    select 1 from clarification_requests r
    where r.agency_id = ${agencyId}
      and (r.complaint_id = ${complaintId}
           or exists (select 1 from clarification_request_evidence e where e.request_id = r.id and e.complaint_id = ${complaintId})))`;
}

/** An agency reports a corrective action (tindakan korektif) on an incident or case about its own service, with documents as evidence. */
export async function reportCorrectiveAction({ ctx, input, files = [] }: { ctx: DomainCtx; input: unknown; files?: IncomingFile[] }) {
  const actor = requireResponder(ctx);
  const data = reportCorrectiveActionInput.parse(input);
  const now = ctx.now();
  if (data.takenAt.getTime() > now.getTime() + 5 * 60_000)
    throw new DomainError("VALIDATION", "in the future", { takenAt: ["errors.occurredFuture"] });
  const stored = await storeAttachments(ctx, files, `corrective:${randomUUID()}`, now);
  return ctx.db.transaction(async (tx) => {
    const [subject] = data.incidentId
      ? await tx
          .select({ id: incidents.id })
          .from(incidents)
          .where(and(eq(incidents.id, data.incidentId), eq(incidents.agencyId, actor.agencyId)))
      : await tx
          .select({ id: complaints.id })
          .from(complaints)
          .where(
            and(eq(complaints.id, data.complaintId ?? ""), eq(complaints.agencyId, actor.agencyId), sharedWithAgency(complaints.id, actor.agencyId)),
          );
    if (!subject) throw notFound(data.incidentId ? "incident" : "complaint");
    const action = oneRow(
      await tx
        .insert(correctiveActions)
        .values({
          agencyId: actor.agencyId,
          incidentId: data.incidentId ?? null,
          complaintId: data.complaintId ?? null,
          description: data.description,
          takenAt: data.takenAt,
          reportedById: actor.userId,
          createdAt: now,
        })
        .returning({ id: correctiveActions.id }),
    );
    await insertAttachmentRows(tx, { correctiveActionId: action.id }, stored);
    await writeAudit(tx, actor, {
      action: "corrective_action.report",
      entityType: data.incidentId ? "incident" : "complaint",
      entityId: subject.id,
      after: { correctiveActionId: action.id, attachments: stored.files.length },
    });
    return { id: action.id };
  });
}
