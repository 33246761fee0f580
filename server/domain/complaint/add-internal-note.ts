import type { z } from "zod";
import { internalNotes } from "../../db/schema";
import { STAFF_ROLES } from "../../db/schema/constants";
import { requireRole } from "../access";
import { writeAudit } from "../audit";
import type { DomainCtx } from "../context";
import { noteInput } from "./schemas";
import { lockComplaint } from "./lock";

/** A staff-only note: never shown to the reporter or the agency. */
export async function addInternalNote({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof noteInput> }) {
  const actor = requireRole(ctx, STAFF_ROLES);
  const { complaintId, body } = noteInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    await lockComplaint(tx, complaintId);
    const [note] = await tx
      .insert(internalNotes)
      .values({ complaintId, body, authorId: actor.userId, createdAt: ctx.now() })
      .returning({ id: internalNotes.id });
    await writeAudit(tx, actor, { action: "complaint.add_note", entityType: "complaint", entityId: complaintId, after: { noteId: note!.id } });
    return { noteId: note!.id };
  });
}
