import { createRequestContext } from "@/server/http/request-context";
import { handleWhatsAppWebhook } from "@/server/http/whatsapp/webhook";
import { env } from "@/server/env";

export const dynamic = "force-dynamic";

const handle = (req: Request) => handleWhatsAppWebhook(req, env.whatsapp, createRequestContext);

/** Meta's subscription check (hub.challenge). */
export const GET = handle;
/** Messages, signed with the app secret. */
export const POST = handle;
