import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "@/server/db/schema/constants";
import type { Locale } from "@/server/db/schema/constants";
import { translateFieldErrors, type FieldErrors } from "@/server/i18n/field-errors";

const MAX_FIELDS = 4;
const MAX_FIELD_BYTES = 64 * 1024;
/** The most a valid form can weigh: every file at its limit, every field at its limit, and the framing. */
export const MAX_MULTIPART_BYTES = MAX_ATTACHMENTS * MAX_ATTACHMENT_BYTES + MAX_FIELDS * MAX_FIELD_BYTES + 64 * 1024;

export class MultipartRefused extends Error {
  constructor(
    readonly status: 400 | 413,
    readonly fieldErrors: FieldErrors,
  ) {
    super(`multipart refused (${status})`);
  }
}

const tooLarge = (field = "attachments") => new MultipartRefused(413, { [field]: ["errors.attachmentSize"] });

/**
 * Reads a multipart body as it streams in, refusing it at the first excess — too many files, a file too large,
 * too many or too large fields, or a declared length over the limit before a byte is read — so a hostile body
 * costs at most one limit's worth of memory, never its own size.
 */
export async function readLimitedMultipart(req: Request): Promise<FormData> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > MAX_MULTIPART_BYTES) throw tooLarge();
  if (!req.body) throw new MultipartRefused(400, { _form: ["errors.invalidForm"] });
  const source = Readable.fromWeb(req.body as WebReadableStream);
  const form = new FormData();
  return new Promise<FormData>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: { "content-type": req.headers.get("content-type") ?? "" },
        limits: {
          files: MAX_ATTACHMENTS,
          fileSize: MAX_ATTACHMENT_BYTES,
          fields: MAX_FIELDS,
          fieldSize: MAX_FIELD_BYTES,
          parts: MAX_ATTACHMENTS + MAX_FIELDS,
          headerPairs: 50,
        },
      });
    } catch {
      throw new MultipartRefused(400, { _form: ["errors.invalidForm"] });
    }
    let settled = false;
    let pending = 0;
    let finished = false;
    const fail = (error: MultipartRefused) => {
      if (settled) return;
      settled = true;
      // Stop reading; the answer goes out with Connection: close, and the server drops the rest. Destroying the
      // stream here would reset the socket before the client could read why.
      source.unpipe(parser);
      source.pause();
      reject(error);
    };
    const done = () => {
      if (!settled && finished && pending === 0) {
        settled = true;
        resolve(form);
      }
    };
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) return fail(new MultipartRefused(413, { [name === "data" ? "_form" : name]: ["errors.descriptionLong"] }));
      form.append(name, value);
    });
    parser.on("file", (name, stream, info) => {
      pending += 1;
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("limit", () => fail(tooLarge(`attachments.${form.getAll(name).length}`)));
      stream.on("end", () => {
        pending -= 1;
        if (!settled) form.append(name, new File([new Uint8Array(Buffer.concat(chunks))], info.filename ?? "file", { type: info.mimeType }));
        done();
      });
    });
    parser.on("filesLimit", () => fail(new MultipartRefused(413, { attachments: ["errors.attachmentCount"] })));
    parser.on("fieldsLimit", () => fail(new MultipartRefused(413, { _form: ["errors.invalidForm"] })));
    parser.on("partsLimit", () => fail(new MultipartRefused(413, { attachments: ["errors.attachmentCount"] })));
    parser.on("error", () => fail(new MultipartRefused(400, { _form: ["errors.invalidForm"] })));
    parser.on("close", () => {
      finished = true;
      done();
    });
    source.on("error", () => fail(new MultipartRefused(400, { _form: ["errors.invalidForm"] })));
    source.pipe(parser);
  });
}

/** A request body as text, refused (null) as soon as it passes `max` bytes, whatever length it declared. */
export async function readTextWithin(req: Request, max: number): Promise<string | null> {
  if (Number(req.headers.get("content-length") ?? "0") > max) return null;
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export const isMultipart = (req: Request) => (req.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");

/**
 * A body refused before tRPC read it, in tRPC's error shape with translated field errors; Connection: close, so
 * a client still sending the rest of a huge body is cut off rather than drained.
 */
export function refusedBody(status: 400 | 413, fieldErrorKeys: FieldErrors, locale: Locale): Response {
  const code = status === 413 ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST";
  const fieldErrors = translateFieldErrors(fieldErrorKeys, locale);
  const message = Object.values(fieldErrors).flat().join(" ");
  return Response.json(
    { error: { json: { message, code: -32600, data: { code, httpStatus: status, fieldErrors, domain: null } } } },
    { status, headers: { connection: "close" } },
  );
}

/**
 * For the tRPC route: a multipart request comes back re-built from its checked parts (so tRPC reads it from
 * memory that the limits bound), or is answered at once with the refusal.
 */
export async function limitMultipartRequest(req: Request, locale: Locale): Promise<Request | Response> {
  if (!isMultipart(req)) return req;
  try {
    const form = await readLimitedMultipart(req);
    const headers = new Headers(req.headers);
    headers.delete("content-type");
    headers.delete("content-length");
    return new Request(req.url, { method: req.method, headers, body: form });
  } catch (error) {
    if (!(error instanceof MultipartRefused)) throw error;
    return refusedBody(error.status, error.fieldErrors, locale);
  }
}
