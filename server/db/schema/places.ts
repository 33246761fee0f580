import { sql } from "drizzle-orm";
import { boolean, check, doublePrecision, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, oneOf, updatedAt } from "./columns";
import { PLACE_KINDS } from "./constants";

export const places = pgTable(
  "places",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull(),
    name: text().notNull(),
    address: text().notNull().default(""),
    city: text().notNull().default(""),
    province: text().notNull().default(""),
    kind: text({ enum: PLACE_KINDS }).notNull().default("landmark"),
    /** The gazetteer's code for an area (Kemendagri: "36.03" for Kabupaten Tangerang); null for a landmark. */
    areaCode: text(),
    /** Names people use in reports ("Soetta T3", "CGK"), separated by "|". */
    aliases: text().notNull().default(""),
    lat: doublePrecision(),
    lng: doublePrecision(),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("places_slug_idx").on(t.slug),
    uniqueIndex("places_area_code_idx").on(t.areaCode),
    index("places_kind_idx").on(t.kind),
    check("places_kind_check", oneOf(t.kind, PLACE_KINDS)),
    index("places_name_trgm_idx").using("gin", t.name.op("gin_trgm_ops")),
    check("places_lat_lng_check", sql`(${t.lat} is null) = (${t.lng} is null)`),
    check("places_lat_range_check", sql`${t.lat} between -90 and 90`),
    check("places_lng_range_check", sql`${t.lng} between -180 and 180`),
  ],
);

export type Place = typeof places.$inferSelect;
