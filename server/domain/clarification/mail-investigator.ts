import { eq } from "drizzle-orm";
import { agencies, users, type ClarificationRequest } from "@/server/db/schema";
import type { Tx } from "@/server/db/types";
import { queueMail } from "@/server/domain/notification/enqueue";
import type { MailTemplate } from "@/server/domain/notification/templates";

/** Tells the investigator who sent a request what became of it (answered, lapsed), with a link back to its subject. */
export async function mailRequestSender(
  tx: Tx,
  request: ClarificationRequest,
  mail: { template: MailTemplate; dedupeKey: string; payload: Record<string, unknown> },
): Promise<void> {
  const [sender] = await tx.select({ email: users.email, locale: users.locale }).from(users).where(eq(users.id, request.sentById));
  if (!sender) return;
  const [agency] = await tx.select({ name: agencies.nameId }).from(agencies).where(eq(agencies.id, request.agencyId));
  await queueMail(tx, [
    {
      template: mail.template,
      recipient: sender.email,
      locale: sender.locale,
      payload: { requestId: request.id, incidentId: request.incidentId, complaintId: request.complaintId, agencyName: agency?.name, ...mail.payload },
      dedupeKey: mail.dedupeKey,
    },
  ]);
}
