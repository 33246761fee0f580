import { convert } from "html-to-text";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import { ATTACHMENT_MIME_TYPES, MAX_ATTACHMENTS } from "@/server/db/schema/constants";
import type { IncomingFile } from "@/server/domain/attachment/process";
import { automatedReason } from "./automated";

export type InboundMail = {
  /** The Message-ID, or a digest of the message when it has none (some scanners and scripts send none). */
  messageId: string;
  from: { address: string; name: string | null } | null;
  subject: string;
  /** The text part, or the HTML part turned into text by mailparser (html-to-text). */
  text: string;
  /** Message-IDs this mail answers (In-Reply-To, then References, newest first). */
  references: string[];
  date: Date | null;
  /** Why this mail must never become a report nor be answered (auto-reply, bounce, bulk), or null. */
  automated: string | null;
  files: IncomingFile[];
  /** Attachments left out because they are not of a kind a report takes (their names only). */
  skipped: string[];
  /** Every Authentication-Results header, topmost first (auth-results.ts decides which to trust). */
  authenticationResults: string[];
};

function firstAddress(value: AddressObject | AddressObject[] | undefined) {
  const list = Array.isArray(value) ? value.flatMap((v) => v.value) : (value?.value ?? []);
  const first = list.find((a) => a.address);
  return first?.address ? { address: first.address.trim().toLowerCase(), name: first.name?.trim() || null } : null;
}

function referencesOf(mail: ParsedMail): string[] {
  const refs = Array.isArray(mail.references) ? mail.references : mail.references ? [mail.references] : [];
  return [...new Set([mail.inReplyTo, ...refs.reverse()].filter((v): v is string => Boolean(v)))];
}

/** A header's values as written, in order (mailparser keeps repeated headers as a list). */
function headerValues(mail: ParsedMail, name: string): string[] {
  const lines = mail.headerLines.filter((h) => h.key === name).map((h) => h.line.slice(h.line.indexOf(":") + 1));
  return lines.map((l) => l.replace(/\r?\n[ \t]+/g, " ").trim());
}

/** An HTML-only mail's text: scripts, styles and images dropped, links as their text, no hard wrapping. */
function htmlAsText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
    ],
  });
}

const ACCEPTED = new Set<string>(ATTACHMENT_MIME_TYPES);

/**
 * Reads a raw mail. Attachments a report can take (photos, PDF, as their senders declare them) go on to the
 * intake's own checks of the bytes; the rest (signatures, calendar invites, winmail.dat) are named and left out.
 */
export async function parseMail(raw: Buffer, fallbackId: string): Promise<InboundMail> {
  const mail = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
  const files: IncomingFile[] = [];
  const skipped: string[] = [];
  for (const a of mail.attachments) {
    const name = a.filename ?? "lampiran";
    if (a.related && a.contentType.startsWith("image/") && !a.filename) continue; // inline logos of a signature
    if (ACCEPTED.has(a.contentType) && files.length < MAX_ATTACHMENTS) files.push({ name, bytes: new Uint8Array(a.content) });
    else skipped.push(name);
  }
  return {
    messageId: mail.messageId ?? fallbackId,
    from: firstAddress(mail.from),
    subject: (mail.subject ?? "").trim(),
    text: (mail.text ?? (typeof mail.html === "string" ? htmlAsText(mail.html) : "")).replace(/\r\n/g, "\n").trim(),
    references: referencesOf(mail),
    date: mail.date ?? null,
    automated: automatedReason(mail),
    files,
    skipped,
    authenticationResults: headerValues(mail, "authentication-results"),
  };
}
