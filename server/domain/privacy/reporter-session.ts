import { createHmac, randomBytes, randomInt, randomUUID, timingSafeEqual } from "node:crypto";
import { and, eq, gt, inArray, isNotNull, sql } from "drizzle-orm";
import { complaintContacts, complaints, privacyChallenges, privacyRequests } from "@/server/db/schema";
import { selectRows } from "@/server/db/rows";
import { env } from "@/server/env";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { emailKey, phoneKey } from "@/server/domain/contact-key";
import { DomainError } from "@/server/domain/errors";
import { normalizeTrackingCode } from "@/server/domain/complaint/tracking-code";
import { queueMail, type QueuedMail } from "@/server/domain/notification/enqueue";
import { limiterFor, lookupByTrackingCode, spendOrRefuse } from "@/server/domain/rate-limit";
import { requestDueAt } from "./request-deadlines";
import { requestCodeInput, sessionInput, verifyCodeInput } from "./schemas";

const CODE_TTL_MS = 15 * 60_000;
const SESSION_TTL_MS = 30 * 60_000;
const MAX_ATTEMPTS = 5;

/** Keyed with the app's secret: six digits alone are guessed offline in a moment from a plain hash. */
function codeHash(challengeId: string, otp: string): string {
  return createHmac("sha256", env.authSecret).update(`privacy-code:${challengeId}:${otp}`).digest("hex");
}

function sessionHash(session: string): string {
  return createHmac("sha256", env.authSecret).update(`privacy-session:${session}`).digest("hex");
}

/** "0812…", "+62 812…" and "62812…" are one number. */
const PHONE_KEY = (column: unknown) => sql`regexp_replace(regexp_replace(${column}, '[^0-9]', '', 'g'), '^0', '62')`;

/** Where a code goes; the tracking code rides along for WhatsApp's template outside its 24-hour window. */
/** The complaints asked about and where the code goes; `unreachable` when only a number is held and WhatsApp is off. */
type Found = { ids: string[]; to: Recipient | null; unreachable: boolean };

type Recipient = { channel: "email" | "whatsapp"; address: string; locale: "id" | "en"; trackingCode: string };

/** The complaints a tracking code opens and where its code goes: the contact on file, the channel it came by. */
async function byTrackingCode(ctx: DomainCtx, typed: string): Promise<Found> {
  const code = normalizeTrackingCode(typed);
  const row = !code
    ? null
    : await lookupByTrackingCode(ctx, async () => {
        const [found] = await ctx.db
          .select({
            id: complaints.id,
            trackingCode: complaints.trackingCode,
            channel: complaints.channel,
            locale: complaints.language,
            email: complaintContacts.email,
            phone: complaintContacts.phone,
          })
          .from(complaints)
          .leftJoin(complaintContacts, eq(complaintContacts.complaintId, complaints.id))
          .where(eq(complaints.trackingCode, code));
        return found;
      });
  if (!row) throw new DomainError("NOT_FOUND", "no such tracking code", { code: ["errors.trackingCodeUnknown"] });
  const whatsapp =
    row.phone && ctx.config.whatsappOn
      ? {
          ids: [row.id],
          to: { channel: "whatsapp" as const, address: row.phone, locale: row.locale, trackingCode: row.trackingCode },
          unreachable: false,
        }
      : null;
  if (row.channel === "whatsapp" && whatsapp) return whatsapp;
  if (row.email)
    return { ids: [row.id], to: { channel: "email", address: row.email, locale: row.locale, trackingCode: row.trackingCode }, unreachable: false };
  return whatsapp ?? { ids: [row.id], to: null, unreachable: Boolean(row.phone) };
}

/** Every complaint that holds this email address or number; the code goes to what was typed. */
async function byContact(ctx: DomainCtx, contact: string, locale: "id" | "en"): Promise<Found & { to: Recipient }> {
  const isEmail = contact.includes("@");
  // Said whatever is held, so it tells nothing: a number can be reached only through WhatsApp.
  if (!isEmail && !ctx.config.whatsappOn)
    throw new DomainError("VALIDATION", "codes go by email only here", { contact: ["errors.phoneNeedsWhatsApp"] });
  const rows = await ctx.db
    .select({ id: complaintContacts.complaintId, trackingCode: complaints.trackingCode })
    .from(complaintContacts)
    .innerJoin(complaints, eq(complaints.id, complaintContacts.complaintId))
    .where(
      isEmail
        ? eq(sql`lower(${complaintContacts.email})`, contact.toLowerCase())
        : and(isNotNull(complaintContacts.phone), eq(PHONE_KEY(complaintContacts.phone), phoneKey(contact).slice(1))),
    );
  return {
    ids: rows.map((r) => r.id),
    to: { channel: isEmail ? "email" : "whatsapp", address: contact, locale, trackingCode: rows[0]?.trackingCode ?? "" },
    unreachable: false,
  };
}

/**
 * Starts a reporter's check: a six-digit code goes to the contact on file (or to the contact typed), valid
 * for 15 minutes. Asking by contact answers the same whether anything is held or not, so the form tells no
 * one whose address is in Sigap. Limited per client address and per complaint or contact.
 */
export async function requestVerificationCode({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const data = requestCodeInput.parse(input);
  if (ctx.clientIp) await spendOrRefuse(limiterFor(ctx, "privacy-code-ip", 10, 3600), ctx.clientIp, "errors.tooManyCodes");
  // The schema asks for one of the two: a code, else a contact.
  const found = data.code ? await byTrackingCode(ctx, data.code) : await byContact(ctx, data.contact ?? "", data.locale);
  // Nothing to send the code to: the report holds no contact, or only a number and WhatsApp is off.
  if (!found.to) return { challengeId: null, sentTo: null, unreachable: found.unreachable };
  const to = found.to;
  const subject = to.channel === "email" ? `email:${emailKey(to.address)}` : `phone:${phoneKey(to.address)}`;
  await spendOrRefuse(limiterFor(ctx, "privacy-code-subject", 3, 3600), subject, "errors.tooManyCodes");

  const otp = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const now = ctx.now();
  const challengeId = randomUUID();
  await ctx.db.transaction(async (tx) => {
    await tx.insert(privacyChallenges).values({
      id: challengeId,
      complaintIds: found.ids,
      codeHash: codeHash(challengeId, otp),
      expiresAt: new Date(now.getTime() + CODE_TTL_MS),
      createdAt: now,
    });
    if (found.ids.length === 0) return;
    const mail: QueuedMail = {
      channel: to.channel,
      template: "privacy_code",
      recipient: to.address,
      locale: data.code ? to.locale : data.locale,
      payload: { otp, complaintId: found.ids[0], trackingCode: to.trackingCode },
      dedupeKey: `privacy.code:${challengeId}`,
    };
    await queueMail(tx, [mail]);
  });
  return { challengeId, sentTo: data.code ? to.channel : null, unreachable: false };
}

/**
 * Checks the six digits; five wrong tries end the challenge. A right code opens a 30-minute session (only
 * its hash is kept) and counts as the reporter's access request, given at once (art. 32(2)), one per complaint.
 */
export async function verifyCode({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const { challengeId, otp } = verifyCodeInput.parse(input);
  const now = ctx.now();
  const refused = () => new DomainError("VALIDATION", "wrong or expired code", { otp: ["errors.verificationCode"] });
  const result = await ctx.db.transaction(async (tx) => {
    const [challenge] = await tx.select().from(privacyChallenges).where(eq(privacyChallenges.id, challengeId)).for("update");
    if (!challenge || challenge.verifiedAt || challenge.expiresAt <= now || challenge.attempts >= MAX_ATTEMPTS) throw refused();
    const given = Buffer.from(codeHash(challengeId, otp));
    if (!timingSafeEqual(given, Buffer.from(challenge.codeHash)) || challenge.complaintIds.length === 0) {
      await tx
        .update(privacyChallenges)
        .set({ attempts: sql`${privacyChallenges.attempts} + 1` })
        .where(eq(privacyChallenges.id, challengeId));
      return { session: null, expiresAt: null };
    }
    const session = randomBytes(32).toString("base64url");
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    await tx
      .update(privacyChallenges)
      .set({ verifiedAt: now, sessionHash: sessionHash(session), sessionExpiresAt: expiresAt })
      .where(eq(privacyChallenges.id, challengeId));
    const opened = await tx
      .select({ id: complaints.id, locale: complaints.language })
      .from(complaints)
      .where(inArray(complaints.id, challenge.complaintIds));
    const granted = await tx
      .insert(privacyRequests)
      .values(
        opened.map((c) => ({
          complaintId: c.id,
          kind: "access" as const,
          status: "granted" as const,
          locale: c.locale,
          dueAt: requestDueAt("access", now),
          decidedAt: now,
          createdAt: now,
        })),
      )
      .returning({ id: privacyRequests.id, complaintId: privacyRequests.complaintId });
    for (const r of granted)
      await writeAudit(tx, null, { action: "privacy.access", entityType: "complaint", entityId: r.complaintId, after: { requestId: r.id } });
    return { session, expiresAt };
  });
  // Refused after the transaction, so that the wrong try it counted is kept.
  if (!result.session) throw refused();
  return result;
}

/** The complaints a live session opens; null when it has ended or never was. */
export async function sessionComplaints(ctx: DomainCtx, input: unknown): Promise<string[] | null> {
  const parsed = sessionInput.safeParse(input);
  if (!parsed.success) return null;
  const [row] = await ctx.db
    .select({ ids: privacyChallenges.complaintIds })
    .from(privacyChallenges)
    .where(and(eq(privacyChallenges.sessionHash, sessionHash(parsed.data.session)), gt(privacyChallenges.sessionExpiresAt, ctx.now())));
  return row?.ids ?? null;
}

/** The reporter's "done": the session stops working at once, on every app instance. */
export async function endSession({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const parsed = sessionInput.safeParse(input);
  if (!parsed.success) return { ended: false };
  const rows = await selectRows<{ id: string }>(
    ctx.db,
    sql`update privacy_challenges set session_expires_at = ${ctx.now().toISOString()}::timestamptz
         where session_hash = ${sessionHash(parsed.data.session)} returning id`,
  );
  return { ended: rows.length > 0 };
}
