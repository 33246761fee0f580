import { COMPLAINT_CATEGORIES, type Locale } from "@/server/db/schema/constants";
import { translator } from "@/server/i18n/translator";
import { renderMail, type MailTemplate } from "@/server/domain/notification/templates";

/** The guided conversation's own answers (outbox template "chat_reply"): a text key and the facts it shows. */
export const CHAT_REPLY = "chat_reply" as const;

export type ChatReply = {
  key: string;
  values?: Record<string, string | number | boolean>;
  /** Numbered choices (services, places), shown as a list. */
  choices?: string[];
};

const numbered = (items: string[]) => items.map((item, i) => `${i + 1}. ${item}`).join("\n");

/**
 * One outbox row as a WhatsApp text, in the reporter's language: the conversation's answers from their keys,
 * and the notices every reporter gets (status changes, staff messages) from the same texts as their mail.
 */
export function renderWhatsAppText(template: string, locale: Locale, payload: Record<string, unknown>, baseUrl: string): string {
  const root = translator(locale);
  if (template !== CHAT_REPLY) {
    const mail = renderMail(template as MailTemplate, locale, payload, baseUrl, "whatsapp");
    return `*${mail.subject}*\n\n${mail.text}`;
  }
  const reply = payload as unknown as ChatReply;
  const values = reply.values ?? {};
  // Message values are text, numbers or dates: a flag reads as its word ("true"), as the messages expect.
  const asValues = (r: Record<string, string | number | boolean>) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "boolean" ? String(v) : v]));
  const categories = COMPLAINT_CATEGORIES.map((c) => root(`categories.${c}`));
  const text = (key: string) => root(`whatsapp.${key}`, asValues(values));
  const link = values.code ? `${baseUrl}/track/${String(values.code)}` : "";
  const filled: Record<string, string | number | boolean> = {
    ...values,
    link,
    max: COMPLAINT_CATEGORIES.length,
    list: reply.choices ? numbered(reply.choices) : numbered(categories),
    category: values.category ? root(`categories.${String(values.category)}`) : "",
    status: values.status ? root(`publicStatus.${String(values.status)}`) : "",
    reason: values.reason ? root(`intake.refusal.${String(values.reason)}`) : "",
    service: values.service || text("none"),
    place: values.place || text("none"),
    photo: values.photo ? text("yes") : text("no"),
  };
  return root(`whatsapp.${reply.key}`, asValues(filled));
}
