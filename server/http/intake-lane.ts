import type { IncomingMessage, ServerResponse } from "node:http";
import { hasSessionCookie } from "@/server/auth/session-cookie";
import type { BeforeNext } from "@/server/before-next";
import { cookieNames } from "./cookie-header";
import { isValidHost } from "./host-guard";
import { createAnonymousRequestContext } from "./context-from-request";
import { BASE_SECURITY_HEADERS } from "./security-headers";
import { trpcHandler } from "./trpc-handler";
import { log } from "@/server/log";

const PATH = "/api/trpc/complaint.submit";
/** The procedure alone or as a batch of itself: the browser's client batches JSON calls (`?batch=1`). */
const URLS = new Set([PATH, `${PATH}?batch=1`]);
/** A report without files is a few kilobytes of JSON; anything larger (or of unknown length) goes the usual way. */
const MAX_BODY = 64 * 1024;

/**
 * The hot path of a surge, before Next: an anonymous report without files (JSON) is handed straight to the tRPC
 * handler, the same one the route uses, with the same checks, procedure and context, skipping Next's routing and
 * its request/response conversions (about a third of a report's CPU in the profile). Everything else — files
 * (multipart), batches with other procedures, signed-in callers — goes to Next.
 */
export function intakeLane(handle: (req: Request) => Promise<Response>): BeforeNext {
  return function take(req: IncomingMessage, res: ServerResponse): boolean {
    if (req.method !== "POST" || !URLS.has(req.url ?? "") || !isValidHost(req.headers.host)) return false;
    if (!(req.headers["content-type"] ?? "").toLowerCase().startsWith("application/json")) return false;
    const length = Number(req.headers["content-length"]);
    if (!Number.isInteger(length) || length < 0 || length > MAX_BODY) return false;
    if (hasSessionCookie(cookieNames(req.headers.cookie))) return false;
    answer(req, res, length, handle).catch((error: unknown) => {
      log.error({ err: error }, "intake lane failed");
      if (res.headersSent) res.destroy();
      else res.writeHead(500, { "content-type": "application/json", ...BASE_SECURITY_HEADERS }).end('{"error":"internal error"}');
    });
    return true;
  };
}

async function answer(req: IncomingMessage, res: ServerResponse, length: number, handle: (req: Request) => Promise<Response>) {
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    received += chunk.length;
    // The client said how long its body is; more than that is not a report we read.
    if (received > length) return void res.writeHead(413, BASE_SECURITY_HEADERS).end();
    chunks.push(chunk);
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers))
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  const request = new Request(`http://${req.headers.host}${req.url}`, { method: "POST", headers, body: Buffer.concat(chunks) });
  const response = await handle(request);
  const out: Record<string, string | string[]> = { ...BASE_SECURITY_HEADERS };
  response.headers.forEach((value, name) => (out[name] = value));
  const body = Buffer.from(await response.arrayBuffer());
  out["content-length"] = String(body.length);
  res.writeHead(response.status, out);
  res.end(body);
}

/** The lane of this app instance: reports answered by the tRPC handler with the anonymous request context. */
export function intakeLaneForApp(): BeforeNext {
  return intakeLane(trpcHandler(createAnonymousRequestContext));
}
