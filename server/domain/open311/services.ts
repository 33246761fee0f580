import { and, asc, eq } from "drizzle-orm";
import { agencies, services } from "../../db/schema";
import { COMPLAINT_CATEGORIES, type Locale } from "../../db/schema/constants";
import { MESSAGES } from "../../i18n/messages";
import type { DomainCtx } from "../context";
import { Open311Error } from "./errors";

export type Open311Service = {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: "realtime" | "batch" | "blackbox";
  keywords: string;
  group: string;
};

export type Open311Attribute = {
  variable: boolean;
  code: string;
  datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
  required: boolean;
  datatype_description: string;
  order: number;
  description: string;
  values: Array<{ key: string; name: string }>;
};

export async function listOpen311Services(ctx: DomainCtx, locale: Locale): Promise<Open311Service[]> {
  const rows = await ctx.db
    .select({ s: services, agencyName: locale === "en" ? agencies.nameEn : agencies.nameId })
    .from(services)
    .innerJoin(agencies, eq(agencies.id, services.agencyId))
    .where(eq(services.active, true))
    .orderBy(asc(services.code));
  return rows.map(({ s, agencyName }) => ({
    service_code: s.code,
    service_name: locale === "en" ? s.nameEn : s.nameId,
    description: `${locale === "en" ? s.descriptionEn : s.descriptionId} (${agencyName})`.trim(),
    // Every service takes the complaint category and the time it happened as attributes.
    metadata: true,
    type: "realtime",
    keywords: s.keywords.split(/\s+/).filter(Boolean).join(","),
    group: s.group,
  }));
}

/** The attributes Sigap asks for on every service: what kind of problem, and when it happened. */
export function open311Attributes(locale: Locale): Open311Attribute[] {
  const labels = MESSAGES[locale].categories;
  const en = locale === "en";
  return [
    {
      variable: true,
      code: "category",
      datatype: "singlevaluelist",
      required: true,
      datatype_description: en ? "One of the listed keys." : "Salah satu kunci dalam daftar.",
      order: 1,
      description: en ? "What is the problem?" : "Apa masalahnya?",
      values: COMPLAINT_CATEGORIES.map((key) => ({ key, name: labels[key] })),
    },
    {
      variable: true,
      code: "occurred_at",
      datatype: "datetime",
      required: false,
      datatype_description: en ? "W3C date-time; defaults to the time of the request." : "Tanggal-waktu W3C; bawaan: waktu permintaan.",
      order: 2,
      description: en ? "When did it happen?" : "Kapan terjadi?",
      values: [],
    },
    {
      variable: true,
      code: "confidential",
      datatype: "singlevaluelist",
      required: false,
      datatype_description: en ? "true (default) or false." : "true (bawaan) atau false.",
      order: 3,
      description: en ? "Keep the reporter's identity confidential?" : "Rahasiakan identitas pelapor?",
      values: [
        { key: "true", name: en ? "Yes" : "Ya" },
        { key: "false", name: en ? "No" : "Tidak" },
      ],
    },
  ];
}

export async function getOpen311ServiceDefinition(ctx: DomainCtx, code: string, locale: Locale) {
  const [service] = await ctx.db.select({ code: services.code }).from(services).where(and(eq(services.code, code), eq(services.active, true)));
  if (!service) throw new Open311Error(404, `service_code ${code} not found`);
  return { service_code: service.code, attributes: open311Attributes(locale) };
}
