import nodemailer from "nodemailer";
import type { MailSender } from "./deliver";

/**
 * nodemailer over SMTP. Without an SMTP server configured (demo mode) there is no sender: mail stays in the
 * outbox, readable by staff on the mailbox page, and is marked delivered there.
 */
export function smtpMailSender(smtpUrl: string, from: string, replyTo?: string): MailSender {
  const transport = nodemailer.createTransport(smtpUrl, { from });
  return async (mail) => {
    await transport.sendMail({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: mail.messageId,
      // A reporter's mail stays in the thread their first mail began, and their reply goes to the intake mailbox.
      ...(mail.thread && { inReplyTo: mail.thread, references: [mail.thread], ...(replyTo && { replyTo }) }),
      ...(mail.unsubscribe && {
        list: { unsubscribe: { url: mail.unsubscribe.oneClick, comment: "Unsubscribe" } },
        headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
      }),
    });
  };
}

/** Demo mode: "delivering" is keeping the mail for the staff mailbox page. */
export const mailboxSender: MailSender = async () => {};
