import { bigint, bigserial, index, integer, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { bytea, timestamptz } from "./columns";

/**
 * One counter per kind of public data (incidents, reports, catalog…). Triggers (migrations 0016, 0025) bump it
 * when the data changes, whoever changes it; a cached public page is fresh while the counters it was rendered
 * under are unchanged.
 */
export const publicCacheTags = pgTable("public_cache_tags", {
  tag: text().primaryKey(),
  version: bigint({ mode: "number" }).notNull().default(0),
});

/**
 * The kinds a transaction has changed so far, one row per transaction and kind (0025). A statement-level trigger
 * notes the kind once per statement that changed rows; a deferred trigger on this table moves the counter once,
 * at commit (the counter row is locked for that instant only, and counters move in commit order), and removes
 * the row. Always empty outside a transaction. `tag` 'counts' appends a count change instead.
 */
export const publicTagsPending = pgTable(
  "public_tags_pending",
  {
    xid: text().notNull(),
    tag: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.xid, t.tag] })],
);

/**
 * One row per change of a public count (a report filed, an incident's report count moved): counts move with
 * every report in a surge, so they are appended here instead of bumping one counter row that every intake
 * would queue on. The counts' version is the highest id. Unlogged (0016); the hourly sweep keeps the last row.
 */
export const publicCountChanges = pgTable("public_count_changes", {
  id: bigserial({ mode: "number" }).primaryKey(),
});

/**
 * Rendered public pages and documents, shared by every app instance. Unlogged (0016): a crash only empties it.
 * Bounded per route and in all (entry-store.ts): the oldest renders go first.
 */
export const publicCacheEntries = pgTable(
  "public_cache_entries",
  {
    key: text().primaryKey(),
    /** The kind of page (policy.ts): its entries are capped together. */
    route: text().notNull().default(""),
    status: integer().notNull(),
    headers: jsonb().$type<Record<string, string>>().notNull(),
    body: bytea().notNull(),
    gzip: bytea().notNull(),
    etag: text().notNull(),
    /** The tag counters the page was rendered under. */
    versions: jsonb().$type<Record<string, number>>().notNull(),
    renderedAt: timestamptz().notNull(),
    expiresAt: timestamptz().notNull(),
  },
  (t) => [
    index("public_cache_entries_route_rendered_at_idx").on(t.route, t.renderedAt),
    index("public_cache_entries_rendered_at_idx").on(t.renderedAt),
  ],
);
