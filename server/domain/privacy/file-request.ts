import type { z } from "zod";
import { and, eq } from "drizzle-orm";
import { complaints, privacyRequests } from "@/server/db/schema";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError } from "@/server/domain/errors";
import { queueAdminMail } from "@/server/domain/notification/enqueue";
import { requestDueAt } from "./request-deadlines";
import { sessionComplaints } from "./reporter-session";
import { fileRequestInput } from "./schemas";
import { oneRow } from "@/server/db/one-row";

/**
 * A verified reporter asks for a correction, a withdrawal or an erasure of one of their complaints. It joins
 * the admins' queue with its legal deadline; the same request while one is open is refused, not doubled.
 */
export async function fileRequest({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof fileRequestInput> }) {
  const data = fileRequestInput.parse(input);
  const ids = await sessionComplaints(ctx, data);
  if (!ids) throw new DomainError("UNAUTHORIZED", "verification needed");
  if (!ids.includes(data.complaintId)) throw new DomainError("FORBIDDEN", "not this session's complaint");
  const details: Record<string, string> = {};
  if (data.kind === "correction") {
    if (!data.name && !data.email && !data.phone)
      throw new DomainError("VALIDATION", "a correction names a new value", { name: ["errors.correctionEmpty"] });
    for (const key of ["name", "email", "phone"] as const) if (data[key]) details[key] = data[key];
  }
  if (data.note) details.note = data.note;
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    // One waiting request of a kind per complaint: the lock makes two quick clicks file one.
    const complaint = oneRow(
      await tx.select({ language: complaints.language }).from(complaints).where(eq(complaints.id, data.complaintId)).for("update"),
    );
    const [open] = await tx
      .select({ id: privacyRequests.id })
      .from(privacyRequests)
      .where(and(eq(privacyRequests.complaintId, data.complaintId), eq(privacyRequests.kind, data.kind), eq(privacyRequests.status, "open")));
    if (open) throw new DomainError("CONFLICT", "already asked", { _form: ["errors.requestPending"] });
    const request = oneRow(
      await tx
        .insert(privacyRequests)
        .values({
          complaintId: data.complaintId,
          kind: data.kind,
          details,
          locale: complaint.language,
          dueAt: requestDueAt(data.kind, now),
          createdAt: now,
        })
        .returning({ id: privacyRequests.id, dueAt: privacyRequests.dueAt }),
    );
    await writeAudit(tx, null, { action: "privacy.request", entityType: "privacy_request", entityId: request.id, after: { kind: data.kind } });
    await queueAdminMail(tx, {
      template: "privacy_request",
      payload: { kind: data.kind, dueAt: request.dueAt.toISOString() },
      dedupePrefix: `privacy.request:${request.id}`,
    });
    return { requestId: request.id, dueAt: request.dueAt };
  });
}
