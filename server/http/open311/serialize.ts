import { XMLBuilder } from "fast-xml-parser";

export type Format = "json" | "xml";

const builder = new XMLBuilder({ ignoreAttributes: true, format: false, suppressEmptyNode: false });

function stringify(value: unknown): unknown {
  // Open311 XML carries every value as text; lists become repeated child elements (handled by the caller's shape).
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean" || typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map(stringify);
  if (typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stringify(v)]));
  return value;
}

/** `<?xml …?>` followed by the document built from a plain object, root element first. */
export function toXml(root: string, body: unknown): string {
  return `<?xml version="1.0" encoding="utf-8"?>${builder.build({ [root]: stringify(body) })}`;
}

export function respond(format: Format, json: unknown, xml: () => string, status = 200): Response {
  if (format === "json") {
    return new Response(JSON.stringify(json), { status, headers: { "content-type": "application/json; charset=utf-8" } });
  }
  return new Response(xml(), { status, headers: { "content-type": "text/xml; charset=utf-8" } });
}

export function errorResponse(format: Format, status: number, description: string): Response {
  return respond(format, [{ code: status, description }], () => toXml("errors", { error: [{ code: status, description }] }), status);
}
