import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";

const VERSION = "v21.0";

// The request shapes of the Cloud API's POST /{phone-number-id}/messages, as documented for text and template messages.
const textMessage = z.strictObject({
  messaging_product: z.literal("whatsapp"),
  recipient_type: z.literal("individual").optional(),
  to: z.string().regex(/^[0-9]{6,20}$/),
  type: z.literal("text"),
  text: z.strictObject({ body: z.string().min(1).max(4096), preview_url: z.boolean().optional() }),
});
const templateMessage = z.strictObject({
  messaging_product: z.literal("whatsapp"),
  recipient_type: z.literal("individual").optional(),
  to: z.string().regex(/^[0-9]{6,20}$/),
  type: z.literal("template"),
  template: z.strictObject({
    name: z.string().min(1),
    language: z.strictObject({ code: z.string().min(2) }),
    components: z.array(
      z.strictObject({ type: z.literal("body"), parameters: z.array(z.strictObject({ type: z.literal("text"), text: z.string() })) }),
    ),
  }),
});
export type SentWhatsApp = z.infer<typeof textMessage> | z.infer<typeof templateMessage>;

/**
 * A local stand-in for the Graph API at WHATSAPP_API_URL: it implements the endpoints Sigap calls (send a
 * message, look up a media id, download its bytes), checks the bearer token and the request shapes, and keeps
 * what it accepted. `failNext(n)` answers the next n sends with 500, as the real API does when it is down.
 */
export async function startGraphApi(options: { phoneNumberId: string; accessToken: string }) {
  const sent: SentWhatsApp[] = [];
  const refused: Array<{ status: number; body: unknown }> = [];
  const media = new Map<string, { bytes: Uint8Array; mime: string }>();
  let failures = 0;
  let seq = 0;
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const answer = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.headers.authorization !== `Bearer ${options.accessToken}`)
      return answer(401, { error: { message: "Invalid OAuth access token.", type: "OAuthException", code: 190 } });
    const url = new URL(req.url ?? "/", "http://graph.local");
    const base = `http://${req.headers.host}`;
    if (req.method === "POST" && url.pathname === `/${VERSION}/${options.phoneNumberId}/messages`) {
      if (failures > 0) {
        failures--;
        return answer(500, { error: { message: "Service temporarily unavailable", code: 2 } });
      }
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      } catch {
        body = null;
      }
      const parsed = z.union([textMessage, templateMessage]).safeParse(body);
      if (!parsed.success) {
        refused.push({ status: 400, body });
        return answer(400, { error: { message: "(#100) Invalid parameter", code: 100, detail: parsed.error.issues } });
      }
      sent.push(parsed.data);
      return answer(200, {
        messaging_product: "whatsapp",
        contacts: [{ input: parsed.data.to, wa_id: parsed.data.to }],
        messages: [{ id: `wamid.out-${++seq}` }],
      });
    }
    const mediaId = new RegExp(`^/${VERSION}/([0-9A-Za-z_.-]+)$`).exec(url.pathname)?.[1];
    if (req.method === "GET" && mediaId && media.has(mediaId)) {
      const m = media.get(mediaId)!;
      return answer(200, {
        messaging_product: "whatsapp",
        url: `${base}/media-download/${mediaId}`,
        mime_type: m.mime,
        file_size: m.bytes.byteLength,
        id: mediaId,
      });
    }
    const download = /^\/media-download\/([0-9A-Za-z_.-]+)$/.exec(url.pathname)?.[1];
    if (req.method === "GET" && download && media.has(download)) {
      res.writeHead(200, { "content-type": media.get(download)!.mime });
      return res.end(Buffer.from(media.get(download)!.bytes));
    }
    return answer(404, { error: { message: "Unsupported request", code: 100 } });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/${VERSION}`,
    sent,
    refused,
    addMedia: (id: string, bytes: Uint8Array, mime: string) => media.set(id, { bytes, mime }),
    failNext: (n: number) => {
      failures = n;
    },
    /** The texts sent to one number, in order. */
    textsTo: (to: string) => sent.filter((m): m is z.infer<typeof textMessage> => m.to === to && m.type === "text").map((m) => m.text.body),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
