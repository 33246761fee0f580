import type { Locale } from "@/server/db/schema/constants";
import { readTextWithin, refusedBody } from "./multipart-limits";

/** What a JSON request to the tRPC route may weigh: every input is a few fields of at most some thousand characters. */
export const JSON_BODY_BYTES = 64 * 1024;

/**
 * The procedures whose input is legitimately larger: a report's text (100,000-character body, 20,000 of findings,
 * 200 timeline entries) in UTF-8, escaped as JSON.
 */
const LARGER: Record<string, number> = {
  "report.create": 1024 * 1024,
  "report.update": 1024 * 1024,
};

/** The limit of a request's body: a batch ("/api/trpc/a.b,c.d") may carry the largest of its procedures'. */
export function jsonBodyLimit(url: string): number {
  const path = decodeURIComponent(new URL(url).pathname.replace(/^.*\/api\/trpc\/?/, ""));
  return Math.max(JSON_BODY_BYTES, ...path.split(",").map((p) => LARGER[p] ?? 0));
}

/**
 * A JSON body read within its limit before tRPC parses it — refused with 413 at the first byte over, whatever
 * length it declared — and handed on as a request rebuilt from what was read.
 */
export async function limitJsonRequest(req: Request, locale: Locale): Promise<Request | Response> {
  if (req.method !== "POST") return req;
  const text = await readTextWithin(req, jsonBodyLimit(req.url));
  if (text === null) return refusedBody(413, { _form: ["errors.bodyTooLarge"] }, locale);
  const headers = new Headers(req.headers);
  headers.delete("content-length");
  return new Request(req.url, { method: req.method, headers, body: text });
}
