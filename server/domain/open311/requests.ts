import { randomUUID, timingSafeEqual } from "node:crypto";
import { and, desc, eq, gte, inArray, lt, ne, type SQL } from "drizzle-orm";
import { ZodError } from "zod";
import { agencies, complaints, places, services } from "../../db/schema";
import type { Complaint } from "../../db/schema/complaints";
import type { Locale } from "../../db/schema/constants";
import { MESSAGES } from "../../i18n/messages";
import type { DomainCtx } from "../context";
import { DomainError } from "../errors";
import { publicLocationOf } from "../complaint/public-location";
import { publicStatusOf } from "../complaint/public-status";
import { submitComplaint } from "../complaint/submit";
import { Open311Error } from "./errors";
import { toJakartaIso } from "./time";

export type Open311Request = {
  service_request_id: string;
  status: "open" | "closed";
  status_notes: string;
  service_name: string;
  service_code: string;
  description: string;
  agency_responsible: string;
  service_notice: string;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string;
  address: string;
  address_id: string;
  zipcode: string;
  lat: number | "";
  long: number | "";
  media_url: string;
};

const MAX_RANGE_MS = 90 * 24 * 3600_000;
const MAX_RESULTS = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The spec: an empty parameter behaves as if absent. */
const param = (form: URLSearchParams, name: string) => {
  const v = form.get(name);
  return v === null || v.trim() === "" ? undefined : v.trim();
};

function checkApiKey(ctx: DomainCtx, supplied: string | undefined) {
  const expected = ctx.config.open311ApiKey;
  if (!expected) return;
  const a = Buffer.from(supplied ?? "");
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw new Open311Error(403, "api_key is missing or invalid");
}

/** Translates our field errors into Open311's flat error list. */
function describeValidation(error: unknown): string {
  if (error instanceof ZodError) return error.issues.map((i) => `${i.path.join(".") || "request"}: invalid`).join("; ");
  if (error instanceof DomainError && error.fieldErrors) return Object.keys(error.fieldErrors).map((f) => `${f}: invalid`).join("; ");
  return "invalid request";
}

const FIELD_NAMES: Record<string, string> = {
  description: "description",
  category: "attribute[category]",
  occurredAt: "attribute[occurred_at]",
  contactEmail: "email",
  contactPhone: "phone",
  contactName: "first_name/last_name",
  lat: "lat",
  lng: "long",
  addressText: "address_string",
  serviceId: "service_code",
};

/** POST requests: creates a complaint through the same verb as the web form. */
export async function createOpen311Request(
  ctx: DomainCtx,
  form: URLSearchParams,
  idempotencyKey: string | undefined,
  locale: Locale,
) {
  checkApiKey(ctx, param(form, "api_key"));
  const serviceCode = param(form, "service_code");
  if (!serviceCode) throw new Open311Error(400, "service_code is required");
  const [service] = await ctx.db.select({ id: services.id }).from(services).where(and(eq(services.code, serviceCode), eq(services.active, true)));
  if (!service) throw new Open311Error(404, `service_code ${serviceCode} not found`);

  const lat = param(form, "lat");
  const long = param(form, "long");
  const addressString = param(form, "address_string");
  const addressId = param(form, "address_id");
  if (!(lat && long) && !addressString && !addressId) {
    throw new Open311Error(400, "a location is required: lat and long, address_string or address_id");
  }
  let placeId: string | undefined;
  if (addressId) {
    const [place] = await ctx.db.select({ id: places.id }).from(places).where(eq(places.slug, addressId));
    if (!place) throw new Open311Error(400, `address_id ${addressId} is unknown`);
    placeId = place.id;
  }
  const mediaUrl = param(form, "media_url");
  const description = [param(form, "description") ?? "", mediaUrl && /^https?:\/\//i.test(mediaUrl) ? `Media: ${mediaUrl}` : ""]
    .filter(Boolean)
    .join("\n\n");
  if (description.length > 4000) throw new Open311Error(400, "description: at most 4000 characters");
  const name = [param(form, "first_name"), param(form, "last_name")].filter(Boolean).join(" ");
  const token = idempotencyKey ?? `o311_${randomUUID().replaceAll("-", "")}`;

  try {
    const result = await submitComplaint({
      ctx,
      channel: "open311",
      // The form as sent (less the key) is what a retry must repeat: the input below fills in the time.
      sent: Object.fromEntries([...form.entries()].filter(([k]) => k !== "api_key").sort(([a], [b]) => a.localeCompare(b))),
      input: {
        idempotencyKey: token,
        category: param(form, "attribute[category]"),
        serviceId: service.id,
        placeId,
        addressText: addressString,
        lat: lat && long ? lat : undefined,
        lng: lat && long ? long : undefined,
        occurredAt: param(form, "attribute[occurred_at]") ?? ctx.now().toISOString(),
        description,
        language: locale,
        contactName: name || undefined,
        contactEmail: param(form, "email"),
        contactPhone: param(form, "phone"),
        confidential: param(form, "attribute[confidential]") !== "false",
      },
    });
    return [
      {
        service_request_id: result.complaintId,
        token,
        service_notice: MESSAGES[locale].open311.notice.replaceAll("{code}", result.trackingCode),
        account_id: param(form, "account_id") ?? "",
      },
    ];
  } catch (error) {
    if (error instanceof DomainError && error.kind === "RATE_LIMITED") throw new Open311Error(429, "too many requests; retry later");
    if (error instanceof DomainError && error.kind === "UNPROCESSABLE") throw new Open311Error(422, "this Idempotency-Key was already used for a different request");
    if (error instanceof ZodError || (error instanceof DomainError && error.kind === "VALIDATION")) {
      const fields = error instanceof ZodError ? error.issues.map((i) => String(i.path[0] ?? "")) : Object.keys(error.fieldErrors ?? {});
      const named = [...new Set(fields.map((f) => FIELD_NAMES[f] ?? f))].filter(Boolean);
      throw new Open311Error(400, named.length ? `invalid: ${named.join(", ")}` : describeValidation(error));
    }
    throw error;
  }
}

type Row = { c: Complaint; serviceCode: string | null; serviceName: string | null; agencyName: string | null; placeName: string | null; placeSlug: string | null; placeLat: number | null; placeLng: number | null };

function toOpen311(row: Row, locale: Locale): Open311Request {
  const { c } = row;
  const status = publicStatusOf(c.stage, c.outcome);
  const where = publicLocationOf({ ...c, place: { name: row.placeName, lat: row.placeLat, lng: row.placeLng } });
  return {
    service_request_id: c.id,
    status: c.stage === "closed" ? "closed" : "open",
    status_notes: MESSAGES[locale].publicStatus[status],
    service_name: row.serviceName ?? "",
    service_code: row.serviceCode ?? "",
    // A confidential report's own words may identify its author: only open reports show their text.
    description: c.confidential ? "" : c.description,
    agency_responsible: row.agencyName ?? "",
    service_notice: "",
    requested_datetime: toJakartaIso(c.createdAt),
    updated_datetime: toJakartaIso(c.updatedAt),
    expected_datetime: c.dueAt && c.stage !== "closed" ? toJakartaIso(c.dueAt) : "",
    address: where.address ?? "",
    address_id: row.placeSlug ?? "",
    zipcode: "",
    lat: where.lat ?? "",
    long: where.lng ?? "",
    media_url: "",
  };
}

function selectRequests(ctx: DomainCtx, locale: Locale) {
  return ctx.db
    .select({
      c: complaints,
      serviceCode: services.code,
      serviceName: locale === "en" ? services.nameEn : services.nameId,
      agencyName: locale === "en" ? agencies.nameEn : agencies.nameId,
      placeName: places.name,
      placeSlug: places.slug,
      placeLat: places.lat,
      placeLng: places.lng,
    })
    .from(complaints)
    .leftJoin(services, eq(services.id, complaints.serviceId))
    .leftJoin(agencies, eq(agencies.id, complaints.agencyId))
    .leftJoin(places, eq(places.id, complaints.placeId));
}

function parseDate(value: string, name: string): Date {
  // W3C date-time: a date, or a date and time with a zone.
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value)) {
    throw new Open311Error(400, `${name} must be a W3C date-time, e.g. 2020-12-19T00:00:00+07:00`);
  }
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new Open311Error(400, `${name} is not a valid date`);
  return d;
}

/** GET requests with the spec's filters; the last 90 days and 1,000 results by default. */
export async function listOpen311Requests(ctx: DomainCtx, query: URLSearchParams, locale: Locale): Promise<Open311Request[]> {
  const ids = param(query, "service_request_id");
  if (ids) {
    const list = ids.split(",").map((s) => s.trim()).filter((s) => UUID.test(s)).slice(0, MAX_RESULTS);
    if (list.length === 0) return [];
    const rows = await selectRequests(ctx, locale).where(inArray(complaints.id, list));
    return rows.map((r) => toOpen311(r, locale));
  }
  const where: SQL[] = [];
  const serviceCode = param(query, "service_code");
  if (serviceCode) {
    const [service] = await ctx.db.select({ id: services.id }).from(services).where(eq(services.code, serviceCode));
    if (!service) throw new Open311Error(404, `service_code ${serviceCode} not found`);
    where.push(eq(complaints.serviceId, service.id));
  }
  const startRaw = param(query, "start_date");
  const endRaw = param(query, "end_date");
  const end = endRaw ? parseDate(endRaw, "end_date") : startRaw ? new Date(parseDate(startRaw, "start_date").getTime() + MAX_RANGE_MS) : ctx.now();
  const start = startRaw ? parseDate(startRaw, "start_date") : new Date(end.getTime() - MAX_RANGE_MS);
  if (end.getTime() < start.getTime()) throw new Open311Error(400, "end_date is before start_date");
  if (end.getTime() - start.getTime() > MAX_RANGE_MS) throw new Open311Error(400, "the date range may not exceed 90 days");
  where.push(gte(complaints.createdAt, start), lt(complaints.createdAt, end));

  const statusRaw = param(query, "status");
  if (statusRaw) {
    const statuses = new Set(statusRaw.split(",").map((s) => s.trim().toLowerCase()));
    for (const s of statuses) if (s !== "open" && s !== "closed") throw new Open311Error(400, "status must be open, closed or both");
    if (statuses.size === 1) where.push(statuses.has("open") ? ne(complaints.stage, "closed") : eq(complaints.stage, "closed"));
  }
  const rows = await selectRequests(ctx, locale)
    .where(and(...where))
    .orderBy(desc(complaints.createdAt))
    .limit(MAX_RESULTS);
  return rows.map((r) => toOpen311(r, locale));
}

export async function getOpen311Request(ctx: DomainCtx, id: string, locale: Locale): Promise<Open311Request[]> {
  if (!UUID.test(id)) throw new Open311Error(404, `request ${id} not found`);
  const rows = await selectRequests(ctx, locale).where(eq(complaints.id, id));
  if (rows.length === 0) throw new Open311Error(404, `request ${id} not found`);
  return rows.map((r) => toOpen311(r, locale));
}

export async function getOpen311Token(ctx: DomainCtx, token: string) {
  const [row] = await ctx.db.select({ id: complaints.id }).from(complaints).where(eq(complaints.idempotencyKey, token));
  if (!row) throw new Open311Error(404, `token ${token} not found`);
  return [{ service_request_id: row.id, token }];
}
