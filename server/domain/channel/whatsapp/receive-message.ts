import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { ZodError } from "zod";
import { complaints, complaintThreads, whatsappConversations } from "@/server/db/schema";
import {
  COMPLAINT_CATEGORIES,
  type ComplaintCategory,
  type CloseOutcome,
  type ComplaintStage,
  type InboundOutcome,
  type Locale,
} from "@/server/db/schema/constants";
import type { Tx } from "@/server/db/types";
import { isDatabaseUnavailable } from "@/server/db/unavailable";
import { storeAttachments } from "@/server/domain/attachment/store";
import { publicStatusOf } from "@/server/domain/complaint/public-status";
import { DESCRIPTION_MAX, DESCRIPTION_MIN } from "@/server/domain/complaint/schemas";
import { submitComplaint } from "@/server/domain/complaint/submit";
import { normalizeTrackingCode } from "@/server/domain/complaint/tracking-code";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError } from "@/server/domain/errors";
import { queueMail } from "@/server/domain/notification/enqueue";
import { rateComplaint } from "@/server/domain/rating/rate";
import { rateHandlingInput } from "@/server/domain/rating/schemas";
import { lookupByTrackingCode } from "@/server/domain/rate-limit";
import { recordInbound, wasReceived } from "@/server/domain/channel/inbound-log";
import { receiveReporterReply } from "@/server/domain/channel/receive-reply";
import { suggestServicesFor } from "@/server/domain/triage/suggest-services";
import { matchPlaces, matchServices, type CatalogMatch } from "./match-catalog";
import { CHAT_REPLY, type ChatReply } from "./render";

/** One message as the webhook received it (transport has checked its signature and shape). */
export type WhatsAppInbound = {
  id: string;
  /** The sender's WhatsApp id: their number in international form, digits only. */
  waId: string;
  name: string | null;
  text: string | null;
  image: { mediaId: string } | null;
};

type Step = "language" | "category" | "service" | "place" | "description" | "photo" | "confirm" | "filed";
type Answers = {
  category?: ComplaintCategory;
  serviceId?: string;
  serviceLabel?: string;
  placeId?: string;
  placeLabel?: string;
  addressText?: string;
  description?: string;
  photoKey?: string;
  choices?: CatalogMatch[];
  typed?: string;
  startedAt?: string;
  complaintId?: string;
  code?: string;
};
type Conversation = { step: Step; locale: Locale; answers: Answers };
type Turn = { conversation: Conversation | null; replies: ChatReply[]; outcome: InboundOutcome; complaintId?: string };

const CANCEL = /^(batal|cancel|stop|berhenti)$/i;
const YES = /^(ya|iya|yes|y|ok|oke|kirim|send)$/i;
const SKIP = /^(lewati|skip|tidak|no|0)$/i;
const NEW = /^(baru|new|lapor|report)$/i;
/** A rating of a closed case: the score first (1–5), then, if they like, a comment ("2 petugas tidak ramah"). */
const RATING = /^([1-5])(?:\s*[-.:,]?\s+([\s\S]+))?$/;
// A tracking code as printed (XXXX-XXXX-XX), or run together when it has a digit: a plain ten-letter word
// ("keterangan") is not a code.
const CODE = /\b([0-9A-Za-z]{4}-[0-9A-Za-z]{4}-[0-9A-Za-z]{2}|(?=[A-Za-z]*[0-9])[0-9A-Za-z]{10})\b/;

const digest = (v: string) => createHash("sha256").update(v).digest("base64url").slice(0, 40);
const pick = (text: string, count: number) => (/^\d{1,2}$/.test(text) && Number(text) >= 1 && Number(text) <= count ? Number(text) - 1 : null);

class AlreadyReceived extends Error {}

/**
 * The status of a code someone typed: what its tracking page would say first. Misses count against the sender's
 * number as they count against an address on the web, so WhatsApp is no way around the guessing limit.
 */
async function statusTurn(ctx: DomainCtx, typed: string, conversation: Conversation | null, waId: string): Promise<Turn> {
  const code = normalizeTrackingCode(typed);
  let row: { stage: ComplaintStage; outcome: CloseOutcome | null } | null;
  try {
    row = await lookupByTrackingCode(
      ctx,
      async () =>
        code
          ? (
              await ctx.db.select({ stage: complaints.stage, outcome: complaints.outcome }).from(complaints).where(eq(complaints.trackingCode, code))
            )[0]
          : null,
      `wa:${waId}`,
    );
  } catch (error) {
    if (error instanceof DomainError && error.kind === "RATE_LIMITED")
      return { conversation, replies: [{ key: "statusThrottled" }], outcome: "status" };
    throw error;
  }
  const reply: ChatReply =
    row && code
      ? { key: "status", values: { code, status: publicStatusOf(row.stage, row.outcome) } }
      : { key: "statusUnknown", values: { code: typed.toUpperCase() } };
  return { conversation, replies: [reply], outcome: "status" };
}

/** Files the report the conversation gathered, through the same verb as the web form. */
async function fileTurn(ctx: DomainCtx, message: WhatsAppInbound, c: Conversation): Promise<Turn> {
  const a = c.answers;
  const photo = a.photoKey ? await ctx.storage.get(a.photoKey) : null;
  try {
    const filed = await submitComplaint({
      ctx,
      channel: "whatsapp",
      files: photo ? [{ name: "whatsapp-foto.jpg", bytes: photo }] : [],
      input: {
        idempotencyKey: `wa-${digest(message.id)}`,
        category: a.category,
        serviceId: a.serviceId,
        placeId: a.placeId,
        addressText: a.addressText,
        occurredAt: a.startedAt ?? ctx.now().toISOString(),
        description: a.description,
        language: c.locale,
        contactName: message.name?.slice(0, 120) ?? undefined,
        contactPhone: `+${message.waId}`,
        confidential: true,
      },
    });
    return {
      conversation: { step: "filed", locale: c.locale, answers: { complaintId: filed.complaintId, code: filed.trackingCode } },
      replies: [{ key: "filed", values: { code: filed.trackingCode } }],
      outcome: "complaint",
      complaintId: filed.complaintId,
    };
  } catch (error) {
    if (isDatabaseUnavailable(error) || !(error instanceof DomainError || error instanceof ZodError)) throw error;
    const reason = error instanceof DomainError && error.kind === "RATE_LIMITED" ? "rate_limited" : "invalid";
    return { conversation: null, replies: [{ key: "refused", values: { reason } }], outcome: "refused" };
  }
}

/** The services a person's own words point to (the triage model), then those whose names match what they typed. */
async function servicesFor(ctx: DomainCtx, text: string, locale: Locale): Promise<CatalogMatch[]> {
  const [suggested, matched] = await Promise.all([suggestServicesFor(ctx.db, text, locale), matchServices(ctx.db, text, locale)]);
  const seen = new Set<string>();
  return [...suggested, ...matched].filter((m) => !seen.has(m.id) && seen.add(m.id)).slice(0, 5);
}

const confirmReply = (c: Conversation): ChatReply => ({
  key: "confirm",
  values: {
    category: c.answers.category ?? "other",
    service: c.answers.serviceLabel ?? "",
    place: c.answers.placeLabel ?? c.answers.addressText ?? "",
    description: (c.answers.description ?? "").slice(0, 300),
    photo: Boolean(c.answers.photoKey),
  },
});

/** The next step of the guided conversation: what kind → which service → where → what happened → photo → confirm. */
async function conversationTurn(
  ctx: DomainCtx,
  message: WhatsAppInbound,
  c: Conversation,
  fetchMedia: (id: string) => Promise<Uint8Array>,
): Promise<Turn> {
  const text = (message.text ?? "").trim();
  const at = (step: Step, answers: Answers, ...replies: ChatReply[]): Turn => ({
    conversation: { step, locale: c.locale, answers },
    replies,
    outcome: "conversation",
  });
  const a = c.answers;
  switch (c.step) {
    case "language": {
      const locale: Locale | null = /^(1|indonesia|bahasa|id)$/i.test(text) ? "id" : /^(2|english|inggris|en)$/i.test(text) ? "en" : null;
      if (!locale) return at("language", a, { key: "welcome" });
      return { conversation: { step: "category", locale, answers: a }, replies: [{ key: "category" }], outcome: "conversation" };
    }
    case "category": {
      const i = pick(text, COMPLAINT_CATEGORIES.length);
      if (i === null) return at("category", a, { key: "categoryAgain" });
      return at("service", { ...a, category: COMPLAINT_CATEGORIES[i] }, { key: "service" });
    }
    case "service": {
      if (text === "0") return at("place", { ...a, serviceId: undefined, serviceLabel: undefined, choices: undefined }, { key: "place" });
      const picked = a.choices?.[pick(text, a.choices.length) ?? -1];
      const found = picked ? [picked] : text ? await servicesFor(ctx, text, c.locale) : [];
      const [only] = found;
      if (only && found.length === 1)
        return at("place", { ...a, serviceId: only.id, serviceLabel: only.label, choices: undefined }, { key: "place" });
      if (found.length === 0) return at("service", { ...a, choices: undefined }, { key: "serviceNone", values: { typed: text.slice(0, 60) } });
      return at("service", { ...a, choices: found }, { key: "serviceChoose", choices: found.map((f) => f.label) });
    }
    case "place": {
      if (a.choices && text === "0")
        return at("description", { ...a, addressText: a.typed, choices: undefined, typed: undefined }, { key: "description" });
      const p = a.choices?.[pick(text, a.choices.length) ?? -1];
      if (p) {
        return at("description", { ...a, placeId: p.id, placeLabel: p.label, choices: undefined, typed: undefined }, { key: "description" });
      }
      if (!text) return at("place", a, { key: "place" });
      const found = await matchPlaces(ctx.db, text);
      const [only] = found;
      if (only && found.length === 1) return at("description", { ...a, placeId: only.id, placeLabel: only.label }, { key: "description" });
      if (found.length === 0) return at("description", { ...a, addressText: text.slice(0, 300) }, { key: "description" });
      return at("place", { ...a, choices: found, typed: text.slice(0, 300) }, { key: "placeChoose", choices: found.map((f) => f.label) });
    }
    case "description": {
      if (text.length < DESCRIPTION_MIN) return at("description", a, { key: "descriptionShort" });
      if (text.length > DESCRIPTION_MAX) return at("description", a, { key: "descriptionLong" });
      return at("photo", { ...a, description: text }, { key: "photo" });
    }
    case "photo": {
      if (message.image) {
        try {
          const bytes = await fetchMedia(message.image.mediaId);
          // Checked and stripped of its metadata now, so the reporter hears at once when it cannot be taken.
          const stored = await storeAttachments(ctx, [{ name: "whatsapp-foto", bytes }], `wa-${digest(message.id)}`, ctx.now());
          const next = { ...a, photoKey: stored.keys[0] };
          return at("confirm", next, confirmReply({ ...c, answers: next }));
        } catch (error) {
          // A photo the checks refuse, or one WhatsApp no longer serves (media links expire): ask for another.
          // A database that is away is not the photo's fault: WhatsApp delivers the message again.
          if (isDatabaseUnavailable(error)) throw error;
          return at("photo", a, { key: "photoBad" });
        }
      }
      if (SKIP.test(text)) return at("confirm", a, confirmReply(c));
      return at("photo", a, { key: "photo" });
    }
    case "confirm":
      if (YES.test(text)) return fileTurn(ctx, message, c);
      return at("confirm", a, { key: "confirmAgain" });
    case "filed":
      return at("filed", a); // handled by the caller
  }
}

/**
 * One WhatsApp message, acted on once (keyed by its message id): a tracking code gets its status; a new
 * sender is guided through a short conversation, kept in PostgreSQL, that files a confidential report with
 * their number as contact and answers with the tracking code; after that, what they write lands on their case.
 * Answers go out through the outbox. A database that is away throws, so WhatsApp delivers the message again.
 */
export async function receiveWhatsAppMessage({
  ctx,
  message,
  fetchMedia,
}: {
  ctx: DomainCtx;
  message: WhatsAppInbound;
  fetchMedia: (mediaId: string) => Promise<Uint8Array>;
}): Promise<{ outcome: InboundOutcome; complaintId?: string; again?: true }> {
  if (await wasReceived(ctx.db, "whatsapp", message.id)) return { outcome: "conversation", again: true };
  const now = ctx.now();
  const [row] = await ctx.db.select().from(whatsappConversations).where(eq(whatsappConversations.waId, message.waId));
  const current: Conversation | null = row ? { step: row.step as Step, locale: row.locale, answers: row.answers } : null;
  const text = (message.text ?? "").trim();
  const code = CODE.exec(text)?.[1];

  let turn: Turn;
  if (!message.text && !message.image) turn = { conversation: current, replies: [{ key: "unsupported" }], outcome: "ignored" };
  else if (current && current.step !== "filed" && CANCEL.test(text))
    turn = { conversation: null, replies: [{ key: "cancelled" }], outcome: "conversation" };
  else if ((!current || current.step === "filed" || current.step === "language") && code && normalizeTrackingCode(code))
    turn = await statusTurn(ctx, code, current, message.waId);
  else if (!current) {
    turn = {
      conversation: { step: "language", locale: "id", answers: { startedAt: now.toISOString() } },
      replies: [{ key: "welcome" }],
      outcome: "conversation",
    };
  } else if (current.step === "filed" && NEW.test(text)) {
    turn = {
      conversation: { step: "category", locale: current.locale, answers: { startedAt: now.toISOString() } },
      replies: [{ key: "category" }],
      outcome: "conversation",
    };
  } else if (current.step === "filed" && current.answers.complaintId && RATING.test(text) && (await isClosed(ctx, current.answers.complaintId))) {
    turn = await ratingTurn(ctx, current, current.answers.complaintId, text);
  } else if (current.step === "filed" && current.answers.complaintId) {
    const photo = message.image ? await fetchMedia(message.image.mediaId) : null;
    const body = text || "(foto)";
    await receiveReporterReply({
      ctx,
      input: { complaintId: current.answers.complaintId, channel: "whatsapp", externalId: message.id, body },
      files: photo ? [{ name: "whatsapp-foto", bytes: photo }] : [],
    });
    // The reply verb recorded the message; only the acknowledgement is left.
    await queueReplies(ctx.db, message, current.locale, [{ key: "replyReceived", values: { code: current.answers.code ?? "" } }]);
    return { outcome: "reply", complaintId: current.answers.complaintId };
  } else turn = await conversationTurn(ctx, message, current, fetchMedia);

  try {
    await ctx.db.transaction(async (tx) => {
      if (!(await recordInbound(tx, { channel: "whatsapp", externalId: message.id, outcome: turn.outcome, complaintId: turn.complaintId, at: now })))
        throw new AlreadyReceived();
      if (turn.conversation) {
        const values = {
          step: turn.conversation.step,
          locale: turn.conversation.locale,
          answers: turn.conversation.answers,
          lastInboundAt: now,
          updatedAt: now,
        };
        await tx
          .insert(whatsappConversations)
          .values({ waId: message.waId, ...values })
          .onConflictDoUpdate({ target: whatsappConversations.waId, set: values });
      } else if (row) await tx.delete(whatsappConversations).where(eq(whatsappConversations.waId, message.waId));
      if (turn.complaintId && turn.outcome === "complaint")
        await tx.insert(complaintThreads).values({ complaintId: turn.complaintId, channel: "whatsapp", lastInboundAt: now }).onConflictDoNothing();
      await queueReplies(tx, message, turn.conversation?.locale ?? current?.locale ?? "id", turn.replies);
    });
  } catch (error) {
    if (error instanceof AlreadyReceived) return { outcome: turn.outcome, again: true };
    throw error;
  }
  return { outcome: turn.outcome, complaintId: turn.complaintId };
}

async function isClosed(ctx: DomainCtx, complaintId: string): Promise<boolean> {
  const [c] = await ctx.db.select({ stage: complaints.stage }).from(complaints).where(eq(complaints.id, complaintId));
  return c?.stage === "closed";
}

/** The reporter answered the closing notice's question with a score (and perhaps a comment). */
async function ratingTurn(ctx: DomainCtx, c: Conversation, complaintId: string, text: string): Promise<Turn> {
  const [, score = "", comment] = RATING.exec(text) ?? [];
  const parsed = rateHandlingInput.pick({ score: true, comment: true }).safeParse({ score, comment });
  if (!parsed.success) return { conversation: c, replies: [{ key: "ratingTooLong" }], outcome: "conversation" };
  try {
    await ctx.db.transaction((tx) =>
      rateComplaint(tx, complaintId, { score: parsed.data.score, comment: parsed.data.comment ?? null, channel: "whatsapp" }, ctx.now()),
    );
  } catch (error) {
    if (error instanceof DomainError && error.kind === "CONFLICT")
      return { conversation: c, replies: [{ key: "ratingLocked" }], outcome: "conversation" };
    throw error;
  }
  return { conversation: c, replies: [{ key: "ratingThanks", values: { score: parsed.data.score } }], outcome: "conversation", complaintId };
}

async function queueReplies(tx: Tx | DomainCtx["db"], message: WhatsAppInbound, locale: Locale, replies: ChatReply[]) {
  await queueMail(
    tx,
    replies.map((reply, i) => ({
      channel: "whatsapp" as const,
      template: CHAT_REPLY,
      recipient: message.waId,
      locale,
      payload: reply,
      dedupeKey: `wa.reply:${message.id}:${i}`,
    })),
  );
}
