import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { fetchWhatsAppMedia, type WhatsAppConfig } from "@/server/domain/channel/whatsapp/graph-client";
import { receiveWhatsAppMessage, type WhatsAppInbound } from "@/server/domain/channel/whatsapp/receive-message";
import type { DomainCtx } from "@/server/domain/context";
import { errorResponse } from "@/server/http/http-errors";

/** Meta's webhook batches are small; anything this large is not one. */
const MAX_BODY_BYTES = 1024 * 1024;

const webhookBody = z.object({
  object: z.literal("whatsapp_business_account"),
  entry: z
    .array(
      z.object({
        changes: z
          .array(
            z.object({
              field: z.string(),
              value: z.object({
                contacts: z.array(z.object({ wa_id: z.string(), profile: z.object({ name: z.string().optional() }).optional() })).optional(),
                messages: z
                  .array(
                    z.object({
                      from: z.string().regex(/^[0-9]{6,20}$/),
                      id: z.string().min(1).max(200),
                      type: z.string(),
                      text: z.object({ body: z.string().max(4096) }).optional(),
                      image: z.object({ id: z.string().min(1).max(100), caption: z.string().max(1024).optional() }).optional(),
                    }),
                  )
                  .optional(),
              }),
            }),
          )
          .max(100),
      }),
    )
    .max(100),
});

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The body as sent, refused past the limit before it is all read. */
async function rawBody(req: Request): Promise<Buffer | null> {
  if (Number(req.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks);
}

/** The messages of a verified delivery, one per WhatsApp message, with the sender's profile name. */
function messagesOf(body: z.infer<typeof webhookBody>): WhatsAppInbound[] {
  return body.entry.flatMap((e) =>
    e.changes.flatMap((c) =>
      (c.value.messages ?? []).map((m) => ({
        id: m.id,
        waId: m.from,
        name: c.value.contacts?.find((x) => x.wa_id === m.from)?.profile?.name ?? null,
        text: m.text?.body ?? (m.image?.caption || null),
        image: m.type === "image" && m.image ? { mediaId: m.image.id } : null,
      })),
    ),
  );
}

/**
 * The WhatsApp Business (Cloud API) webhook. Off (404) unless configured. GET is Meta's subscription check:
 * the challenge is echoed for the right verify token only. POST must be signed with the app secret
 * (X-Hub-Signature-256, HMAC-SHA256 of the raw body); each message goes to the conversation once. The sender's
 * address is Meta's, not the reporter's: submissions count against the reporter's number, never an IP quota.
 */
export async function handleWhatsAppWebhook(req: Request, config: WhatsAppConfig | undefined, openCtx: () => Promise<DomainCtx>): Promise<Response> {
  if (!config) return new Response("not found", { status: 404 });
  if (req.method === "GET") {
    const q = new URL(req.url).searchParams;
    const challenge = q.get("hub.challenge") ?? "";
    if (q.get("hub.mode") === "subscribe" && same(q.get("hub.verify_token") ?? "", config.verifyToken) && challenge.length <= 200)
      return new Response(challenge, { status: 200, headers: { "content-type": "text/plain; charset=utf-8" } });
    return new Response("forbidden", { status: 403 });
  }
  const raw = await rawBody(req);
  if (!raw) return new Response("payload too large", { status: 413 });
  const expected = `sha256=${createHmac("sha256", config.appSecret).update(raw).digest("hex")}`;
  if (!same(req.headers.get("x-hub-signature-256") ?? "", expected)) return new Response("invalid signature", { status: 401 });
  let json: unknown;
  try {
    json = JSON.parse(raw.toString("utf8"));
  } catch {
    return Response.json({ error: "the body is not JSON" }, { status: 400 });
  }
  const parsed = webhookBody.safeParse(json);
  if (!parsed.success) return errorResponse(parsed.error, req);
  const body = parsed.data;
  try {
    const ctx = { ...(await openCtx()), clientIp: null };
    for (const message of messagesOf(body)) {
      await receiveWhatsAppMessage({ ctx, message, fetchMedia: (id) => fetchWhatsAppMedia(config, id) });
    }
    return new Response("ok", { status: 200 });
  } catch (error) {
    // A database that is away answers 503: WhatsApp delivers the batch again, and what was done is not redone.
    return errorResponse(error, req);
  }
}
