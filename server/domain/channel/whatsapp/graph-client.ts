export type WhatsAppConfig = {
  verifyToken: string;
  appSecret: string;
  accessToken: string;
  phoneNumberId: string;
  /** The Graph API's base, with its version (https://graph.facebook.com/v21.0); a local server in tests. */
  apiUrl: string;
  /** The pre-approved message template for answers outside the 24-hour window. */
  template: string;
};

/** What the Cloud API's /messages endpoint takes: a text inside the customer service window, else a template. */
export type OutgoingWhatsApp =
  { to: string; type: "text"; text: string } | { to: string; type: "template"; template: string; language: "id" | "en"; parameters: string[] };

async function graphFetch(config: WhatsAppConfig, url: string, init: RequestInit = {}): Promise<Response> {
  const res = await fetch(url, {
    ...init,
    headers: { authorization: `Bearer ${config.accessToken}`, ...init.headers },
    signal: AbortSignal.timeout(20_000),
  });
  if (!res.ok) {
    const detail = await res.text().catch(() => "");
    throw new Error(`WhatsApp API ${res.status}: ${detail.slice(0, 300)}`);
  }
  return res;
}

/** Sends one message; resolves to the message id WhatsApp gave it, rejects when it was not accepted. */
export async function sendWhatsApp(config: WhatsAppConfig, message: OutgoingWhatsApp): Promise<string> {
  const body =
    message.type === "text"
      ? {
          messaging_product: "whatsapp",
          recipient_type: "individual",
          to: message.to,
          type: "text",
          text: { preview_url: false, body: message.text.slice(0, 4096) },
        }
      : {
          messaging_product: "whatsapp",
          to: message.to,
          type: "template",
          template: {
            name: message.template,
            language: { code: message.language },
            components: [{ type: "body", parameters: message.parameters.map((text) => ({ type: "text", text: text.slice(0, 1000) })) }],
          },
        };
  const res = await graphFetch(config, `${config.apiUrl}/${config.phoneNumberId}/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { messages?: Array<{ id?: string }> };
  return json.messages?.[0]?.id ?? "";
}

/** A received photo's bytes: its media id gives a short-lived URL, fetched with the same token. */
export async function fetchWhatsAppMedia(config: WhatsAppConfig, mediaId: string): Promise<Uint8Array> {
  if (!/^[0-9A-Za-z_.-]{1,100}$/.test(mediaId)) throw new Error("not a media id");
  const meta = (await (await graphFetch(config, `${config.apiUrl}/${mediaId}`)).json()) as { url?: string };
  if (!meta.url) throw new Error("WhatsApp API: media has no url");
  return new Uint8Array(await (await graphFetch(config, meta.url)).arrayBuffer());
}
