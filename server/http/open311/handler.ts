import type { Locale } from "@/server/db/schema/constants";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError, notFound } from "@/server/domain/errors";
import { getOpen311Request } from "@/server/domain/open311/get-request";
import { getOpen311Service } from "@/server/domain/open311/get-service";
import { listOpen311Requests } from "@/server/domain/open311/list-requests";
import { listOpen311Services } from "@/server/domain/open311/list-services";
import { findRequestByToken } from "@/server/domain/open311/request-by-token";
import { submitOpen311Request } from "@/server/domain/open311/submit-request";
import { MESSAGES } from "@/server/i18n/messages";
import { errorHeaders, httpErrorOf } from "@/server/http/http-errors";
import { readTextWithin } from "@/server/http/multipart-limits";
import { open311Attributes, open311Discovery, toOpen311Request, toOpen311Service } from "./format";
import { listInputOf, param, SPEC_FIELD_NAMES, submitInputOf } from "./parse";
import { errorResponse, respond, toXml, type Format } from "./serialize";
import { log } from "@/server/log";

const MAX_BODY_BYTES = 64 * 1024;

/** `services/ehac.json` → { segments: ["services", "ehac"], format: "json" }. */
function parsePath(path: string[]): { segments: string[]; format: Format } | null {
  const last = path[path.length - 1] ?? "";
  const [, name, format] = /^(.*)\.(json|xml)$/.exec(last) ?? [];
  if (name === undefined || format === undefined) return null;
  return { segments: [...path.slice(0, -1), decodeURIComponent(name)], format: format as Format };
}

const badRequest = (description: string) => new DomainError("VALIDATION", description);

/** The form of a POST, urlencoded or multipart; read as it arrives and dropped at the limit. */
async function readForm(req: Request): Promise<URLSearchParams> {
  const type = req.headers.get("content-type") ?? "";
  const text = await readTextWithin(req, MAX_BODY_BYTES);
  if (text === null) throw badRequest("request body too large");
  if (!type.includes("multipart/form-data")) return new URLSearchParams(text);
  const fd = await new Request(req.url, { method: "POST", headers: { "content-type": type }, body: text }).formData();
  return new URLSearchParams([...fd.entries()].filter((e): e is [string, string] => typeof e[1] === "string"));
}

/** The answer to one spec request, or a thrown error for `open311Error` to word. */
async function answer(
  req: Request,
  segments: string[],
  format: Format,
  openCtx: () => Promise<DomainCtx>,
  baseUrl: string,
  locale: Locale,
): Promise<Response> {
  const ctx = await openCtx();
  const url = new URL(req.url);
  const [resource, id, ...rest] = segments;
  if (rest.length > 0) throw notFound("resource");
  if (req.method === "POST") {
    if (resource !== "requests" || id) throw new DomainError("NOT_FOUND", "POST is accepted on requests only");
    const form = await readForm(req);
    const input = submitInputOf(form, req.headers.get("idempotency-key"), locale);
    const created = await submitOpen311Request({ ctx, input });
    const list = [
      {
        service_request_id: created.complaintId,
        token: input.idempotencyKey,
        service_notice: MESSAGES[locale].open311.notice.replaceAll("{code}", created.trackingCode),
        account_id: param(form, "account_id") ?? "",
      },
    ];
    return respond(format, list, () => toXml("service_requests", { request: list }));
  }
  if (req.method !== "GET") throw badRequest("only GET and POST are supported");
  if (resource === "discovery" && !id) {
    const d = open311Discovery(baseUrl, "pengaduan@ombudsman.example");
    return respond(format, d, () =>
      toXml("discovery", { ...d, endpoints: { endpoint: d.endpoints.map((e) => ({ ...e, formats: { format: e.formats } })) } }),
    );
  }
  if (resource === "services") {
    if (!id) {
      const list = (await listOpen311Services({ ctx, input: { locale } })).map(toOpen311Service);
      return respond(format, list, () => toXml("services", { service: list }));
    }
    const service = await getOpen311Service({ ctx, input: { code: id } });
    const attributes = open311Attributes(locale);
    return respond(format, { service_code: service.code, attributes }, () =>
      toXml("service_definition", {
        service_code: service.code,
        attributes: { attribute: attributes.map((a) => ({ ...a, values: { value: a.values } })) },
      }),
    );
  }
  if (resource === "requests") {
    const found = id
      ? [await getOpen311Request({ ctx, input: { locale, id } })]
      : await listOpen311Requests({ ctx, input: listInputOf(url.searchParams, ctx.now(), locale) });
    const list = found.map((r) => toOpen311Request(r, locale));
    return respond(format, list, () => toXml("service_requests", { request: list }));
  }
  if (resource === "tokens" && id) {
    const found = await findRequestByToken({ ctx, input: { token: id } });
    const list = [{ service_request_id: found.id, token: found.token }];
    return respond(format, list, () => toXml("service_requests", { request: list }));
  }
  throw notFound("resource");
}

/**
 * A refusal in the spec's error list, with the status every route gives it (http-errors.ts). Field errors name the
 * spec's parameters; a bug is logged and answers 500 without detail.
 */
function open311Error(error: unknown, format: Format, locale: Locale): Response {
  const http = httpErrorOf(error, locale);
  if (!http) {
    log.error({ err: error }, "open311 failed");
    return errorResponse(format, 500, "internal error");
  }
  const fields = Object.entries(http.fieldErrors ?? {}).filter(([field]) => field !== "_form");
  const description = fields.length
    ? fields.map(([field, messages]) => `${SPEC_FIELD_NAMES[field] ?? field}: ${messages.join(" ")}`).join("; ")
    : http.message;
  const response = errorResponse(format, http.status, description);
  errorHeaders(http.status).forEach((value, name) => response.headers.set(name, value));
  return response;
}

/**
 * The Open311 GeoReport v2 shim: parse the spec's request, call the same domain verbs as the app, answer in the
 * spec's JSON or XML. Every refusal, the context's included (a database that is away: 503), is in the spec's error shape.
 */
export async function handleOpen311(req: Request, path: string[], openCtx: () => Promise<DomainCtx>, baseUrl: string): Promise<Response> {
  const parsed = parsePath(path);
  if (!parsed) return errorResponse("json", 400, "resource must end in .json or .xml");
  const locale: Locale = new URL(req.url).searchParams.get("lang") === "en" ? "en" : "id";
  try {
    return await answer(req, parsed.segments, parsed.format, openCtx, baseUrl, locale);
  } catch (error) {
    return open311Error(error, parsed.format, locale);
  }
}
