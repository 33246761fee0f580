import type { Locale } from "@/server/db/schema/constants";
import { formatJakarta } from "@/server/i18n/jakarta-time";
import { text } from "@/server/domain/payload-text";
import { translator } from "@/server/i18n/translator";

export const MAIL_TEMPLATES = [
  "complaint_stage",
  "incident_update",
  "clarification_new",
  "clarification_reminder",
  "clarification_answered",
  "clarification_lapsed",
  "fixed_check",
  "follow_confirm",
  "follow_update",
  "rapid_response_review",
  "intake_received",
  "intake_refused",
  "reporter_message",
  "privacy_code",
  "privacy_decision",
  "privacy_request",
] as const;
export type MailTemplate = (typeof MAIL_TEMPLATES)[number];
/** What an outbox row may hold: a mail's template, or (WhatsApp only) an answer of the guided conversation. */
export type OutboxTemplate = MailTemplate | "chat_reply";

export type RenderedMail = {
  subject: string;
  text: string;
  /** Followers' mail: the page a person opens, and the address a mail client POSTs to (RFC 8058 one-click). */
  unsubscribe?: { page: string; oneClick: string };
  /** The Message-ID of the reporter's first mail: this one answers in that thread, and replies come back to the mailbox. */
  thread?: string;
};

function unsubscribeLinks(baseUrl: string, token: string) {
  const q = `token=${encodeURIComponent(token)}`;
  return { page: `${baseUrl}/ikuti/berhenti?${q}`, oneClick: `${baseUrl}/api/subscriptions/unsubscribe?${q}` };
}

/** Where each mail's link points, from what its payload carries. */
function linkFor(template: MailTemplate, payload: Record<string, unknown>, baseUrl: string): string {
  switch (template) {
    case "complaint_stage":
      return `${baseUrl}/track/${String(payload.trackingCode)}${payload.ratingAsk ? "#rating" : ""}`;
    case "incident_update":
    case "intake_received":
    case "reporter_message":
      return `${baseUrl}/track/${String(payload.trackingCode)}`;
    case "fixed_check":
      return `${baseUrl}/track/${String(payload.trackingCode)}#fixed`;
    case "clarification_new":
    case "clarification_reminder":
      return `${baseUrl}/agency/requests/${String(payload.requestId)}`;
    case "follow_confirm":
      return `${baseUrl}/ikuti/konfirmasi?token=${encodeURIComponent(String(payload.token))}`;
    case "follow_update":
      return `${baseUrl}/insiden/${String(payload.incidentCode)}`;
    case "intake_refused":
      return `${baseUrl}/lapor`;
    case "privacy_code":
    case "privacy_decision":
      return `${baseUrl}/data-saya`;
    case "privacy_request":
      return `${baseUrl}/admin/privasi`;
    case "rapid_response_review":
      return `${baseUrl}/console/complaints/${text(payload.complaintId)}`;
    case "clarification_answered":
    case "clarification_lapsed":
      return payload.incidentId
        ? `${baseUrl}/console/incidents/${text(payload.incidentId)}`
        : `${baseUrl}/console/complaints/${text(payload.complaintId)}`;
  }
}

/**
 * Renders one outbox row in the recipient's language. The outbox keeps facts, not text, so a mail can be
 * rendered again (the staff mailbox page) and reads the same.
 */
export function renderMail(
  template: MailTemplate,
  locale: Locale,
  payload: Record<string, unknown>,
  baseUrl: string,
  channel: "email" | "whatsapp" = "email",
): RenderedMail {
  const t = translator(locale, "mail");
  const root = translator(locale);
  const date = (v: unknown) => (v ? `${formatJakarta(locale, text(v), { dateStyle: "long", timeStyle: "short" })} WIB` : "");
  const values = {
    code: text(payload.trackingCode),
    status: payload.status ? root(`publicStatus.${text(payload.status)}`) : "",
    incident: text(payload.incidentCode),
    update: locale === "en" && payload.bodyEn ? text(payload.bodyEn) : text(payload.body),
    agency: text(payload.agencyName),
    due: date(payload.dueAt),
    questions: text(payload.questions),
    sequence: Number(payload.sequence ?? 1),
    late: payload.late ? "yes" : "no",
    followUp: payload.followUp ? "yes" : "no",
    note: text(payload.note),
    link: linkFor(template, payload, baseUrl),
    target: locale === "en" && payload.targetNameEn ? text(payload.targetNameEn) : text(payload.targetName),
    reason: payload.reason ? root(`intake.refusal.${text(payload.reason)}`) : "",
    otp: text(payload.otp),
    kind: payload.kind ? root(`myData.kinds.${text(payload.kind)}`) : "",
    decision: payload.decision ? root(`myData.statuses.${text(payload.decision)}`) : "",
    decisionReason: text(payload.decisionReason),
  };
  const subject = t(`${template}.subject`, values);
  // A closing notice asks for a rating: by the link on the tracking page, or on WhatsApp by replying with the score.
  const ask = payload.ratingAsk ? `\n\n${t(channel === "whatsapp" ? "ratingAskWhatsApp" : "ratingAsk")}` : "";
  const body = `${t(`${template}.body`, values)}${ask}`;
  const unsubscribe = payload.unsubscribeToken ? unsubscribeLinks(baseUrl, text(payload.unsubscribeToken)) : undefined;
  const footer = unsubscribe ? `\n\n${t("unsubscribe")} ${unsubscribe.page}` : "";
  const thread = typeof payload.thread === "string" ? payload.thread : undefined;
  return { subject, text: `${body}\n\n${values.link}\n\n— ${t("signature")}${footer}`, unsubscribe, thread };
}
