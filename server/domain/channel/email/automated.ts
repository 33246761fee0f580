import type { ParsedMail } from "mailparser";

const HEADER_VALUE = (mail: ParsedMail, name: string) => {
  const v = mail.headers.get(name);
  return typeof v === "string"
    ? v.toLowerCase()
    : v && typeof v === "object" && "value" in v && typeof v.value === "string"
      ? v.value.toLowerCase()
      : "";
};

/**
 * Why a mail was sent by a machine and must get no report and no answer (RFC 3834, RFC 3464, common
 * practice), so that two auto-responders never talk to each other through Sigap. Null for a person's mail.
 */
export function automatedReason(mail: ParsedMail): string | null {
  const autoSubmitted = HEADER_VALUE(mail, "auto-submitted");
  if (autoSubmitted && autoSubmitted !== "no") return "auto_submitted";
  if (/^(bulk|junk|list|auto_reply)$/.test(HEADER_VALUE(mail, "precedence").trim())) return "precedence";
  if (mail.headers.has("x-autoreply") || mail.headers.has("x-autorespond") || HEADER_VALUE(mail, "x-auto-response-suppress").includes("all"))
    return "auto_reply";
  if (mail.headers.has("list-id") || mail.headers.has("list-unsubscribe")) return "mailing_list";
  const contentType = HEADER_VALUE(mail, "content-type");
  if (contentType.includes("multipart/report") || contentType.includes("message/delivery-status")) return "delivery_report";
  const from = (mail.from?.value[0]?.address ?? "").toLowerCase();
  if (!from) return "no_sender";
  if (/^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|bounces?)([+@.-]|$)/.test(from)) return "system_sender";
  return null;
}
