import { and, inArray, isNull, sql } from "drizzle-orm";
import { attachments, complaintContacts, complaintMessages, complaints, complaintThreads, whatsappConversations } from "@/server/db/schema";
import { selectRows } from "@/server/db/rows";
import type { Tx } from "@/server/db/types";
import type { DomainCtx } from "@/server/domain/context";
import { maskPersonalText } from "./personal-text";

/**
 * Takes the reporter out of these complaints: contact emptied and marked, emails and numbers in the text and
 * messages masked, mail threading and WhatsApp conversations forgotten. The complaints themselves stay.
 */
export async function anonymiseReporters(tx: Tx, ids: string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .update(complaintContacts)
    .set({ name: null, email: null, phone: null, anonymizedAt: now, updatedAt: now })
    .where(inArray(complaintContacts.complaintId, ids));
  await tx
    .update(complaints)
    .set({ description: maskPersonalText(sql`${complaints.description}`) })
    .where(inArray(complaints.id, ids));
  await tx
    .update(complaintMessages)
    .set({ body: maskPersonalText(sql`${complaintMessages.body}`) })
    .where(inArray(complaintMessages.complaintId, ids));
  await tx.update(complaintThreads).set({ rootMessageId: null }).where(inArray(complaintThreads.complaintId, ids));
  await tx.delete(whatsappConversations).where(inArray(sql`${whatsappConversations.answers}->>'complaintId'`, ids));
}

/** The reporter's files of these complaints (with those of their messages) not yet removed, locked for removal. */
export async function reporterFilesOf(tx: Tx, where: ReturnType<typeof sql>, limit: number) {
  return selectRows<{ id: string; storage_key: string }>(
    tx,
    sql`select a.id, a.storage_key from attachments a
          left join complaint_messages m on m.id = a.message_id
          join complaints c on c.id = coalesce(a.complaint_id, m.complaint_id)
         where a.removed_at is null and ${where}
         limit ${limit} for update of a skip locked`,
  );
}

/** Deletes the bytes and keeps each row, marked with when and why. */
export async function removeFiles(ctx: DomainCtx, tx: Tx, rows: { id: string; storage_key: string }[], reason: "retention" | "erasure", now: Date) {
  if (rows.length === 0) return;
  // Deleting bytes twice is harmless: a run that dies after this and before committing does it again.
  await Promise.all(rows.map((r) => ctx.storage.delete(r.storage_key)));
  await tx
    .update(attachments)
    .set({ removedAt: now, removalReason: reason })
    .where(
      and(
        inArray(
          attachments.id,
          rows.map((r) => r.id),
        ),
        isNull(attachments.removedAt),
      ),
    );
}
