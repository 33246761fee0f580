import { and, eq, inArray, sql } from "drizzle-orm";
import { complaintContacts, complaints, complaintThreads, outbox } from "@/server/db/schema";
import type { Queryable } from "@/server/db/types";
import { normalizeTrackingCode } from "@/server/domain/complaint/tracking-code";

const OUR_MESSAGE_ID = /^<([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@sigap>$/i;
const CODE_IN_SUBJECT = /\b([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2})\b/i;

/**
 * The case a mail answers: one whose thread it references (the reporter's first mail, or a mail Sigap sent
 * about the case), else one whose tracking code is in the subject. Only the case's own reporter continues it:
 * a mail from another address is a report of its own.
 */
export async function findCaseOfReply(db: Queryable, mail: { from: string; references: string[]; subject: string }): Promise<string | null> {
  const candidates: string[] = [];
  const outboxIds = mail.references.map((r) => OUR_MESSAGE_ID.exec(r)?.[1]).filter((v): v is string => Boolean(v));
  if (outboxIds.length > 0) {
    const sent = await db
      .select({ complaintId: sql<string | null>`${outbox.payload}->>'complaintId'` })
      .from(outbox)
      .where(inArray(outbox.id, outboxIds));
    candidates.push(...sent.map((r) => r.complaintId).filter((v): v is string => Boolean(v)));
  }
  if (mail.references.length > 0) {
    const threads = await db
      .select({ complaintId: complaintThreads.complaintId })
      .from(complaintThreads)
      .where(inArray(complaintThreads.rootMessageId, mail.references));
    candidates.push(...threads.map((r) => r.complaintId));
  }
  const code = normalizeTrackingCode(CODE_IN_SUBJECT.exec(mail.subject)?.[1] ?? "");
  if (code) {
    const [byCode] = await db.select({ id: complaints.id }).from(complaints).where(eq(complaints.trackingCode, code));
    if (byCode) candidates.push(byCode.id);
  }
  for (const complaintId of candidates) {
    const [owner] = await db
      .select({ id: complaintContacts.complaintId })
      .from(complaintContacts)
      .where(and(eq(complaintContacts.complaintId, complaintId), sql`lower(${complaintContacts.email}) = ${mail.from}`));
    if (owner) return complaintId;
  }
  return null;
}
