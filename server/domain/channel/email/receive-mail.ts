import { createHash } from "node:crypto";
import { ZodError } from "zod";
import { complaintThreads } from "@/server/db/schema";
import type { InboundOutcome } from "@/server/db/schema/constants";
import { isDatabaseUnavailable } from "@/server/db/unavailable";
import { jakartaDay } from "@/server/i18n/jakarta-time";
import { DESCRIPTION_MAX } from "@/server/domain/complaint/schemas";
import { submitComplaint } from "@/server/domain/complaint/submit";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError } from "@/server/domain/errors";
import { queueMail, queueReporterNotice } from "@/server/domain/notification/enqueue";
import { guessLocale } from "@/server/domain/channel/guess-locale";
import { recordInbound, wasReceived } from "@/server/domain/channel/inbound-log";
import { receiveReporterReply } from "@/server/domain/channel/receive-reply";
import { senderCheck } from "./auth-results";
import { findCaseOfReply } from "./find-case";
import { parseMail, type InboundMail } from "./parse-mail";

export type MailResult = { outcome: InboundOutcome; complaintId?: string; reason?: string; again?: true };

const digest = (value: string | Buffer) => createHash("sha256").update(value).digest("base64url");

function bodyOf(mail: InboundMail, withSubject: boolean): string {
  const skipped = mail.skipped.length > 0 ? `\n\n[${mail.skipped.join(", ")}]` : "";
  return [withSubject ? mail.subject : "", mail.text].filter(Boolean).join("\n\n") + skipped;
}

/** Why the intake refused a mail, as the reporter is told (intake.refusal.*) and as the metric counts it. */
function refusalOf(error: unknown): string | null {
  if (error instanceof DomainError) {
    if (error.kind === "RATE_LIMITED") return "rate_limited";
    if (Object.keys(error.fieldErrors ?? {}).some((f) => f.startsWith("attachments"))) return "attachment";
    return "invalid";
  }
  if (error instanceof ZodError) {
    const fields = error.issues.map((i) => String(i.path[0]));
    if (fields.includes("description")) return error.issues.some((i) => i.code === "too_big") ? "too_long" : "empty";
    return "invalid";
  }
  return null;
}

/**
 * One mail from the intake mailbox, acted on once (keyed by its Message-ID): a machine's mail, or one whose sender
 * the mailbox server's Authentication-Results say failed SPF/DKIM/DMARC, is set aside unanswered; a reporter's
 * reply — referencing our mail or carrying the case's tracking code, from the case's own address — lands on their case; any other mail becomes a confidential report with the
 * sender as its contact, triaged and clustered like any other, and the sender is answered with the tracking code, or
 * told politely why the mail could not be taken. A database that is away throws, so the mail is fetched again.
 */
export async function receiveMail({
  ctx,
  raw,
  ownAddresses = [],
  authservId,
}: {
  ctx: DomainCtx;
  raw: Buffer;
  ownAddresses?: string[];
  /** Whose Authentication-Results to trust (MAIL_AUTHSERV_ID); else the topmost header's. */
  authservId?: string;
}): Promise<MailResult> {
  const mail = await parseMail(raw, `<${digest(raw)}@digest.sigap>`);
  if (await wasReceived(ctx.db, "email", mail.messageId)) return { outcome: "ignored", again: true };
  const now = ctx.now();
  const from = mail.from?.address ?? "";
  // A sender the receiving server could not authenticate (SPF/DKIM/DMARC) may be anyone writing that address: its
  // mail continues no case and files nothing in that person's name, and is not answered (no backscatter).
  const unauthenticated = senderCheck(mail.authenticationResults, authservId) === "fail" ? "sender_unauthenticated" : null;
  const setAside = mail.automated ?? (ownAddresses.includes(from) ? "own_address" : unauthenticated);
  if (setAside) {
    await recordInbound(ctx.db, { channel: "email", externalId: mail.messageId, outcome: "ignored", reason: setAside, at: now });
    return { outcome: "ignored", reason: setAside };
  }

  const replyTo = await findCaseOfReply(ctx.db, { from, references: mail.references, subject: mail.subject });
  if (replyTo) {
    const body = bodyOf(mail, !mail.text).slice(0, DESCRIPTION_MAX) || mail.subject || "(-)";
    await receiveReporterReply({ ctx, input: { complaintId: replyTo, channel: "email", externalId: mail.messageId, body }, files: mail.files });
    return { outcome: "reply", complaintId: replyTo };
  }

  const description = bodyOf(mail, true);
  const locale = guessLocale(description);
  try {
    const filed = await submitComplaint({
      ctx,
      channel: "email",
      files: mail.files,
      input: {
        idempotencyKey: `email-${digest(mail.messageId).slice(0, 40)}`,
        // No category, service, agency or place: triage sets what it can from the text (see triage/intake).
        occurredAt: mail.date && mail.date.getTime() <= now.getTime() && mail.date.getFullYear() >= 2000 ? mail.date : now,
        description,
        language: locale,
        contactName: mail.from?.name?.slice(0, 120) ?? undefined,
        contactEmail: from || undefined,
        confidential: true,
      },
    });
    await ctx.db.transaction(async (tx) => {
      await recordInbound(tx, { channel: "email", externalId: mail.messageId, outcome: "complaint", complaintId: filed.complaintId, at: now });
      await tx
        .insert(complaintThreads)
        .values({ complaintId: filed.complaintId, channel: "email", rootMessageId: mail.messageId, lastInboundAt: now })
        .onConflictDoNothing();
      await queueReporterNotice(tx, filed.complaintId, {
        template: "intake_received",
        payload: { trackingCode: filed.trackingCode },
        dedupeKey: `intake.received:${filed.complaintId}`,
      });
    });
    return { outcome: "complaint", complaintId: filed.complaintId };
  } catch (error) {
    const reason = refusalOf(error);
    if (!reason || isDatabaseUnavailable(error)) throw error;
    await ctx.db.transaction(async (tx) => {
      await recordInbound(tx, { channel: "email", externalId: mail.messageId, outcome: "refused", reason, at: now });
      // One answer a day per sender, whatever they send: a refusal never feeds a loop.
      await queueMail(tx, [
        {
          template: "intake_refused",
          recipient: from,
          locale,
          payload: { reason, thread: mail.messageId },
          dedupeKey: `intake.refused:${digest(from)}:${jakartaDay(now)}`,
        },
      ]);
    });
    return { outcome: "refused", reason };
  }
}
