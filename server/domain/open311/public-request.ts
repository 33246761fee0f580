import { eq } from "drizzle-orm";
import { agencies, complaints, places, services } from "@/server/db/schema";
import type { Locale } from "@/server/db/schema/constants";
import type { DomainCtx } from "@/server/domain/context";
import { publicLocationOf } from "@/server/domain/complaint/public-location";
import { publicStatusOf, type PublicStatus } from "@/server/domain/complaint/public-status";

/** A report as the Open311 list shows it to anyone: no reporter, and a confidential report without its words or exact place. */
export type PublicRequest = {
  id: string;
  closed: boolean;
  publicStatus: PublicStatus;
  serviceCode: string | null;
  serviceName: string | null;
  agencyName: string | null;
  description: string;
  createdAt: Date;
  updatedAt: Date;
  dueAt: Date | null;
  address: string | null;
  addressId: string | null;
  lat: number | null;
  lng: number | null;
};

/** The reports query every Open311 read starts from, names in the asker's language. */
export function selectPublicRequests(ctx: DomainCtx, locale: Locale) {
  return ctx.readDb
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

type Row = Awaited<ReturnType<ReturnType<typeof selectPublicRequests>["where"]>>[number];

export function toPublicRequest(row: Row): PublicRequest {
  const { c } = row;
  const where = publicLocationOf({ ...c, place: { name: row.placeName, lat: row.placeLat, lng: row.placeLng } });
  return {
    id: c.id,
    closed: c.stage === "closed",
    publicStatus: publicStatusOf(c.stage, c.outcome),
    serviceCode: row.serviceCode,
    serviceName: row.serviceName,
    agencyName: row.agencyName,
    // A confidential report's own words may identify its author: only open reports show their text.
    description: c.confidential ? "" : c.description,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    dueAt: c.stage === "closed" ? null : c.dueAt,
    address: where.address,
    addressId: row.placeSlug,
    lat: where.lat,
    lng: where.lng,
  };
}
