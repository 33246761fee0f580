import { sql } from "drizzle-orm";
import { boolean, check, doublePrecision, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns";

export const places = pgTable(
  "places",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull(),
    name: text().notNull(),
    address: text().notNull().default(""),
    city: text().notNull().default(""),
    province: text().notNull().default(""),
    lat: doublePrecision(),
    lng: doublePrecision(),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("places_slug_idx").on(t.slug),
    index("places_name_trgm_idx").using("gin", t.name.op("gin_trgm_ops")),
    check("places_lat_lng_check", sql`(${t.lat} is null) = (${t.lng} is null)`),
    check("places_lat_range_check", sql`${t.lat} between -90 and 90`),
    check("places_lng_range_check", sql`${t.lng} between -180 and 180`),
  ],
);

export type Place = typeof places.$inferSelect;
