import { eq } from "drizzle-orm";
import { complaintThreads } from "@/server/db/schema";
import type { Queryable } from "@/server/db/types";
import type { DomainCtx } from "@/server/domain/context";
import { deliverDue } from "@/server/domain/notification/deliver";
import { renderMail, type MailTemplate } from "@/server/domain/notification/templates";
import { text } from "@/server/domain/payload-text";
import { sendWhatsApp, type OutgoingWhatsApp, type WhatsAppConfig } from "./graph-client";
import { CHAT_REPLY, renderWhatsAppText } from "./render";

/** WhatsApp lets a business write freely only within 24 hours of the person's last message. */
export const SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

async function lastHeardFrom(db: Queryable, complaintId: unknown): Promise<Date | null> {
  if (typeof complaintId !== "string") return null;
  const [row] = await db.select({ at: complaintThreads.lastInboundAt }).from(complaintThreads).where(eq(complaintThreads.complaintId, complaintId));
  return row?.at ?? null;
}

/**
 * Sends the WhatsApp rows of the outbox through the Cloud API, with mail's leases and retries: the
 * conversation's answers and, inside the 24-hour window, notices as text; outside it, notices as the
 * pre-approved template with the tracking code and what happened.
 */
export async function deliverDueWhatsApp({
  ctx,
  config,
  baseUrl,
  send = sendWhatsApp,
}: {
  ctx: DomainCtx;
  config: WhatsAppConfig;
  baseUrl: string;
  send?: (config: WhatsAppConfig, message: OutgoingWhatsApp) => Promise<string>;
}) {
  return deliverDue({
    ctx,
    channel: "whatsapp",
    deliver: async (row) => {
      const to = row.recipient.replace(/\D/g, "");
      const heard = row.template === CHAT_REPLY ? ctx.now() : await lastHeardFrom(ctx.db, row.payload.complaintId);
      if (heard && ctx.now().getTime() - heard.getTime() < SERVICE_WINDOW_MS) {
        await send(config, { to, type: "text", text: renderWhatsAppText(row.template, row.locale, row.payload, baseUrl) });
        return;
      }
      const mail = renderMail(row.template as MailTemplate, row.locale, row.payload, baseUrl);
      await send(config, {
        to,
        type: "template",
        template: config.template,
        language: row.locale,
        parameters: [text(row.payload.trackingCode), mail.subject],
      });
    },
  });
}
