import { desc } from "drizzle-orm";
import { outbox } from "../../db/schema";
import { STAFF_ROLES } from "../../db/schema/constants";
import { env } from "../../env";
import { requireRole } from "../access";
import type { DomainCtx } from "../context";
import { renderWhatsAppText } from "../channel/whatsapp/render";
import { renderMail, type MailTemplate } from "./templates";

/**
 * The latest mail and WhatsApp answers as recipients read them — in demo mode this page is where mail goes
 * instead of SMTP.
 */
export async function listMailbox({ ctx }: { ctx: DomainCtx }) {
  requireRole(ctx, STAFF_ROLES);
  const rows = await ctx.db.select().from(outbox).orderBy(desc(outbox.createdAt)).limit(100);
  const baseUrl = env.siteUrl;
  return rows.map((r) => ({
    id: r.id,
    to: r.recipient,
    template: r.template,
    status: r.status,
    attempts: r.attempts,
    lastError: r.lastError,
    createdAt: r.createdAt,
    sentAt: r.sentAt,
    channel: r.channel,
    ...(r.channel === "whatsapp"
      ? { subject: "WhatsApp", text: renderWhatsAppText(r.template, r.locale, r.payload, baseUrl) }
      : renderMail(r.template as MailTemplate, r.locale, r.payload, baseUrl)),
  }));
}
