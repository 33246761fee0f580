import type { z } from "zod";
import { eq } from "drizzle-orm";
import { complaintContacts, complaints } from "@/server/db/schema";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { notFound } from "@/server/domain/errors";
import { reporterPseudonym } from "./reporter-identity";
import { revealIdentityInput } from "./schemas";

/**
 * Shows a confidential reporter's identity to one member of staff, for a reason they give: each reveal is an
 * audit event (who, which case, why, from which request), listed on the case and in the admin's report.
 */
export async function revealReporterIdentity({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof revealIdentityInput> }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const { complaintId, reason } = revealIdentityInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ confidential: complaints.confidential, name: complaintContacts.name, email: complaintContacts.email, phone: complaintContacts.phone })
      .from(complaints)
      .leftJoin(complaintContacts, eq(complaintContacts.complaintId, complaints.id))
      .where(eq(complaints.id, complaintId));
    if (!row) throw notFound("complaint");
    await writeAudit(tx, actor, {
      action: "complaint.reveal_identity",
      entityType: "complaint",
      entityId: complaintId,
      after: { reason, confidential: row.confidential },
    });
    return { pseudonym: reporterPseudonym(complaintId), name: row.name, email: row.email, phone: row.phone };
  });
}
