/** The GeoReport v2 shapes: our public reports and services, in the spec's field names and formats. */
import { COMPLAINT_CATEGORIES, type Locale } from "@/server/db/schema/constants";
import type { Open311ServiceRow } from "@/server/domain/open311/list-services";
import type { PublicRequest } from "@/server/domain/open311/public-request";
import { toJakartaIso } from "@/server/i18n/jakarta-time";
import { MESSAGES } from "@/server/i18n/messages";

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

export function toOpen311Request(r: PublicRequest, locale: Locale): Open311Request {
  return {
    service_request_id: r.id,
    status: r.closed ? "closed" : "open",
    status_notes: MESSAGES[locale].publicStatus[r.publicStatus],
    service_name: r.serviceName ?? "",
    service_code: r.serviceCode ?? "",
    description: r.description,
    agency_responsible: r.agencyName ?? "",
    service_notice: "",
    requested_datetime: toJakartaIso(r.createdAt),
    updated_datetime: toJakartaIso(r.updatedAt),
    expected_datetime: r.dueAt ? toJakartaIso(r.dueAt) : "",
    address: r.address ?? "",
    address_id: r.addressId ?? "",
    zipcode: "",
    lat: r.lat ?? "",
    long: r.lng ?? "",
    media_url: "",
  };
}

export function toOpen311Service(s: Open311ServiceRow) {
  return {
    service_code: s.code,
    service_name: s.name,
    description: `${s.description} (${s.agencyName})`.trim(),
    // Every service takes the complaint category and the time it happened as attributes.
    metadata: true,
    type: "realtime" as const,
    keywords: s.keywords.join(","),
    group: s.group,
  };
}

/** The attributes Sigap asks for on every service: what kind of problem, when it happened, and confidentiality. */
export function open311Attributes(locale: Locale) {
  const m = MESSAGES[locale];
  const t = m.open311;
  const attribute = (
    order: number,
    code: string,
    datatype: "singlevaluelist" | "datetime",
    required: boolean,
    description: string,
    format: string,
    values: Array<{ key: string; name: string }>,
  ) => ({
    variable: true,
    code,
    datatype,
    required,
    datatype_description: format,
    order,
    description,
    values,
  });
  return [
    attribute(
      1,
      "category",
      "singlevaluelist",
      true,
      t.categoryPrompt,
      t.categoryFormat,
      COMPLAINT_CATEGORIES.map((key) => ({ key, name: m.categories[key] })),
    ),
    attribute(2, "occurred_at", "datetime", false, t.occurredPrompt, t.occurredFormat, []),
    attribute(3, "confidential", "singlevaluelist", false, t.confidentialPrompt, t.confidentialFormat, [
      { key: "true", name: t.yes },
      { key: "false", name: t.no },
    ]),
  ];
}

/** What an Open311 client needs to find this endpoint. `changeset` marks when this description last changed. */
export function open311Discovery(baseUrl: string, contact: string) {
  const changeset = "2026-11-27T00:00:00+07:00";
  return {
    changeset,
    contact,
    key_service: `${contact} (api_key on request)`,
    endpoints: [
      {
        specification: "http://wiki.open311.org/GeoReport_v2",
        url: `${baseUrl}/api/open311/v2`,
        changeset,
        type: "production" as const,
        formats: ["text/xml", "application/json"],
      },
    ],
  };
}
