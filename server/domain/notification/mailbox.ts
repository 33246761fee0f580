import { desc, inArray } from "drizzle-orm";
import { outbox, users } from "@/server/db/schema";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { env } from "@/server/env";
import { requireRole } from "@/server/domain/access";
import type { DomainCtx } from "@/server/domain/context";
import { renderWhatsAppText } from "@/server/domain/channel/whatsapp/render";
import { reporterPseudonym } from "@/server/domain/complaint/reporter-identity";
import { renderMail, type MailTemplate } from "./templates";

/**
 * The latest mail and WhatsApp answers as recipients read them — in demo mode this page is where mail goes
 * instead of SMTP, and shows everything. Once mail really goes out, the public's addresses are staff-screen
 * data like any contact: a reporter shows as their pseudonym, a follower not at all, and a reporter's one-time
 * code is hidden (staff holding it could act as the reporter on "my data").
 */
export async function listMailbox({ ctx, demo = !env.mail.smtpUrl }: { ctx: DomainCtx; demo?: boolean }) {
  requireRole(ctx, STAFF_ROLES);
  const rows = await ctx.db.select().from(outbox).orderBy(desc(outbox.createdAt)).limit(100);
  const recipients = [...new Set(rows.map((r) => r.recipient))];
  const staff = demo
    ? null
    : new Set(
        (
          await ctx.db
            .select({ email: users.email })
            .from(users)
            .where(inArray(users.email, recipients.length ? recipients : [""]))
        ).map((u) => u.email),
      );
  const baseUrl = env.siteUrl;
  return rows.map((r) => {
    const complaintId = typeof r.payload.complaintId === "string" ? r.payload.complaintId : null;
    const to = !staff || staff.has(r.recipient) ? r.recipient : complaintId ? `Pelapor ${reporterPseudonym(complaintId)}` : "—";
    const payload = !demo && r.template === "privacy_code" ? { ...r.payload, otp: "••••••" } : r.payload;
    return {
      id: r.id,
      to,
      template: r.template,
      status: r.status,
      attempts: r.attempts,
      lastError: r.lastError,
      createdAt: r.createdAt,
      sentAt: r.sentAt,
      channel: r.channel,
      ...(r.channel === "whatsapp"
        ? { subject: "WhatsApp", text: renderWhatsAppText(r.template, r.locale, payload, baseUrl) }
        : renderMail(r.template as MailTemplate, r.locale, payload, baseUrl)),
    };
  });
}
