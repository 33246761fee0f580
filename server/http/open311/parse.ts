/** Reading the spec's requests: its parameter names and formats, into the domain's inputs. */
import { randomUUID } from "node:crypto";
import type { Locale } from "@/server/db/schema/constants";
import { DomainError } from "@/server/domain/errors";
import { MAX_RANGE_MS } from "@/server/domain/open311/list-requests";

/** The spec: an empty parameter behaves as if absent. */
export function param(form: URLSearchParams, name: string): string | undefined {
  const v = form.get(name);
  return v === null || v.trim() === "" ? undefined : v.trim();
}

/** Our field names as the spec calls them, for its error descriptions. */
export const SPEC_FIELD_NAMES: Record<string, string> = {
  description: "description",
  category: "attribute[category]",
  occurredAt: "attribute[occurred_at]",
  contactEmail: "email",
  contactPhone: "phone",
  contactName: "first_name/last_name",
  lat: "lat",
  lng: "long",
  addressText: "address_string",
  placeId: "address_id",
  serviceId: "service_code",
};

/** A POST to requests, in the domain's terms. A client's key is kept when it is well formed; otherwise one is made. */
export function submitInputOf(form: URLSearchParams, idempotencyKeyHeader: string | null, locale: Locale) {
  const key = idempotencyKeyHeader?.trim();
  const mediaUrl = param(form, "media_url");
  return {
    locale,
    apiKey: param(form, "api_key"),
    idempotencyKey: key && /^[A-Za-z0-9_-]{16,100}$/.test(key) ? key : `o311_${randomUUID().replaceAll("-", "")}`,
    sent: Object.fromEntries([...form.entries()].filter(([k]) => k !== "api_key").sort(([a], [b]) => a.localeCompare(b))),
    serviceCode: param(form, "service_code"),
    addressId: param(form, "address_id"),
    addressText: param(form, "address_string"),
    lat: param(form, "lat"),
    lng: param(form, "long"),
    // The spec's media link is kept as words: we store no file fetched from elsewhere.
    description: [param(form, "description") ?? "", mediaUrl && /^https?:\/\//i.test(mediaUrl) ? `Media: ${mediaUrl}` : ""]
      .filter(Boolean)
      .join("\n\n"),
    category: param(form, "attribute[category]"),
    occurredAt: param(form, "attribute[occurred_at]"),
    contactName: [param(form, "first_name"), param(form, "last_name")].filter(Boolean).join(" ") || undefined,
    contactEmail: param(form, "email"),
    contactPhone: param(form, "phone"),
    confidential: param(form, "attribute[confidential]") !== "false",
  };
}

function dateParam(query: URLSearchParams, name: string): Date | undefined {
  const value = param(query, name);
  if (value === undefined) return undefined;
  // W3C date-time: a date, or a date and time with a zone.
  const d = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value) ? new Date(value) : null;
  if (!d || Number.isNaN(d.getTime())) throw new DomainError("VALIDATION", `${name} must be a W3C date-time, e.g. 2020-12-19T00:00:00+07:00`);
  return d;
}

/** A GET of requests: by ids, or by service, window (the last 90 days by default) and status. */
export function listInputOf(query: URLSearchParams, now: Date, locale: Locale) {
  const ids = param(query, "service_request_id");
  const startParam = dateParam(query, "start_date");
  const end = dateParam(query, "end_date") ?? (startParam ? new Date(startParam.getTime() + MAX_RANGE_MS) : now);
  const start = startParam ?? new Date(end.getTime() - MAX_RANGE_MS);
  const statuses = new Set(
    (param(query, "status") ?? "")
      .split(",")
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  );
  for (const s of statuses) if (s !== "open" && s !== "closed") throw new DomainError("VALIDATION", "status must be open, closed or both");
  return {
    locale,
    ids: ids?.split(",").map((s) => s.trim()),
    serviceCode: param(query, "service_code"),
    start,
    end,
    status: statuses.size === 1 ? ([...statuses][0] as "open" | "closed") : undefined,
  };
}
