import type { z } from "zod";
import { internalNotes } from "@/server/db/schema";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { noteInput } from "./schemas";
import { lockComplaint } from "./lock";
import { oneRow } from "@/server/db/one-row";

/** A staff-only note: never shown to the reporter or the agency. */
export async function addInternalNote({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof noteInput> }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const { complaintId, body } = noteInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    await lockComplaint(tx, complaintId);
    const note = oneRow(
      await tx.insert(internalNotes).values({ complaintId, body, authorId: actor.userId, createdAt: ctx.now() }).returning({ id: internalNotes.id }),
    );
    await writeAudit(tx, actor, { action: "complaint.add_note", entityType: "complaint", entityId: complaintId, after: { noteId: note.id } });
    return { noteId: note.id };
  });
}
