import type { Locale } from "../../db/schema/constants";
import { readTextWithin } from "../multipart-limits";
import type { DomainCtx } from "../../domain/context";
import { open311Discovery } from "../../domain/open311/discovery";
import { Open311Error } from "../../domain/open311/errors";
import { createOpen311Request, getOpen311Request, getOpen311Token, listOpen311Requests } from "../../domain/open311/requests";
import { getOpen311ServiceDefinition, listOpen311Services } from "../../domain/open311/services";
import { errorResponse, respond, toXml, type Format } from "./serialize";

const MAX_BODY_BYTES = 64 * 1024;

/** `services/ehac.json` → { segments: ["services", "ehac"], format: "json" }. */
function parsePath(path: string[]): { segments: string[]; format: Format } | null {
  const last = path[path.length - 1] ?? "";
  const match = /^(.*)\.(json|xml)$/.exec(last);
  if (!match) return null;
  return { segments: [...path.slice(0, -1), decodeURIComponent(match[1]!)], format: match[2] as Format };
}

function localeOf(url: URL): Locale {
  return url.searchParams.get("lang") === "en" ? "en" : "id";
}

/**
 * The Open311 GeoReport v2 shim: parse the spec's request, call the same domain verbs as the app, answer in the
 * spec's JSON or XML. Every bad request is a 4xx in the spec's error shape.
 */
export async function handleOpen311(req: Request, path: string[], ctx: DomainCtx, baseUrl: string): Promise<Response> {
  const parsed = parsePath(path);
  if (!parsed) return errorResponse("json", 400, "resource must end in .json or .xml");
  const { segments, format } = parsed;
  const url = new URL(req.url);
  const locale = localeOf(url);
  const [resource, id, ...rest] = segments;
  try {
    if (rest.length > 0) throw new Open311Error(404, "no such resource");
    if (req.method === "POST") {
      if (resource !== "requests" || id) throw new Open311Error(404, "POST is accepted on requests only");
      const type = req.headers.get("content-type") ?? "";
      // Read as it arrives and dropped at the limit: an unbounded body never reaches memory whole.
      const text = await readTextWithin(req, MAX_BODY_BYTES);
      if (text === null) throw new Open311Error(400, "request body too large");
      let form: URLSearchParams;
      if (type.includes("multipart/form-data")) {
        const fd = await new Request(req.url, { method: "POST", headers: { "content-type": type }, body: text }).formData();
        form = new URLSearchParams([...fd.entries()].filter((e): e is [string, string] => typeof e[1] === "string"));
      } else {
        form = new URLSearchParams(text);
      }
      const key = req.headers.get("idempotency-key")?.trim();
      const idempotencyKey = key && /^[A-Za-z0-9_-]{16,100}$/.test(key) ? key : undefined;
      const created = await createOpen311Request(ctx, form, idempotencyKey, locale);
      return respond(format, created, () => toXml("service_requests", { request: created }));
    }
    if (req.method !== "GET") throw new Open311Error(400, "only GET and POST are supported");

    switch (resource) {
      case "discovery": {
        if (id) break;
        const d = open311Discovery(baseUrl, "pengaduan@ombudsman.example");
        return respond(format, d, () =>
          toXml("discovery", { ...d, endpoints: { endpoint: d.endpoints.map((e) => ({ ...e, formats: { format: e.formats } })) } }),
        );
      }
      case "services": {
        if (!id) {
          const list = await listOpen311Services(ctx, locale);
          return respond(format, list, () => toXml("services", { service: list }));
        }
        const def = await getOpen311ServiceDefinition(ctx, id, locale);
        return respond(format, def, () =>
          toXml("service_definition", {
            service_code: def.service_code,
            attributes: { attribute: def.attributes.map((a) => ({ ...a, values: { value: a.values } })) },
          }),
        );
      }
      case "requests": {
        const list = id ? await getOpen311Request(ctx, id, locale) : await listOpen311Requests(ctx, url.searchParams, locale);
        return respond(format, list, () => toXml("service_requests", { request: list }));
      }
      case "tokens": {
        if (!id) break;
        const list = await getOpen311Token(ctx, id);
        return respond(format, list, () => toXml("service_requests", { request: list }));
      }
    }
    throw new Open311Error(404, "no such resource");
  } catch (error) {
    if (error instanceof Open311Error) return errorResponse(format, error.status, error.description);
    console.error("open311 failed", error);
    return errorResponse(format, 500, "internal error");
  }
}
