import { relations, sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, primaryKey, smallint, text, uuid } from "drizzle-orm/pg-core";
import { services } from "./agencies";
import { createdAt, oneOf, timestamptz, updatedAt } from "./columns";
import { MONITOR_METHODS, MONITOR_ROLLUP_GRAINS } from "./constants";
import { incidents } from "./incidents";
import { users } from "./users";

/** A check an admin attached to a catalogue service: Sigap measures the public digital service itself. */
export const monitors = pgTable(
  "monitors",
  {
    id: uuid().primaryKey().defaultRandom(),
    serviceId: uuid()
      .notNull()
      .references(() => services.id),
    name: text().notNull(),
    url: text().notNull(),
    method: text({ enum: MONITOR_METHODS }).notNull().default("GET"),
    expectStatusMin: integer().notNull().default(200),
    expectStatusMax: integer().notNull().default(399),
    /** Text the answer must contain (GET only), e.g. a word the working page always shows. */
    expectText: text(),
    timeoutMs: integer().notNull().default(10_000),
    intervalSeconds: integer().notNull().default(60),
    /** Consecutive failed checks that open an outage. */
    failuresToOpen: integer().notNull().default(3),
    isActive: boolean().notNull().default(true),
    /** When the next check is due: the worker that claims it moves it on by one interval in the same statement. */
    nextDueAt: timestamptz().notNull(),
    consecutiveFailures: integer().notNull().default(0),
    lastCheckedAt: timestamptz(),
    lastOk: boolean(),
    lastError: text(),
    createdById: uuid().references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("monitors_is_active_next_due_at_idx").on(t.isActive, t.nextDueAt),
    index("monitors_service_id_idx").on(t.serviceId),
    check("monitors_method_check", oneOf(t.method, MONITOR_METHODS)),
    check("monitors_interval_check", sql`${t.intervalSeconds} between 30 and 86400`),
    check("monitors_timeout_check", sql`${t.timeoutMs} between 1000 and 30000`),
    check("monitors_status_check", sql`${t.expectStatusMin} between 100 and 599 and ${t.expectStatusMax} between ${t.expectStatusMin} and 599`),
    check("monitors_failures_check", sql`${t.failuresToOpen} between 1 and 10`),
  ],
);

/** One check, kept a few days (the retention schedule): no id, one row of a few dozen bytes. */
export const monitorChecks = pgTable(
  "monitor_checks",
  {
    monitorId: uuid()
      .notNull()
      .references(() => monitors.id, { onDelete: "cascade" }),
    checkedAt: timestamptz().notNull(),
    ok: boolean().notNull(),
    latencyMs: integer().notNull(),
    statusCode: smallint(),
    /** A short reason code when it failed: timeout, status, text, refused_address, connection, redirects. */
    error: text(),
  },
  (t) => [primaryKey({ columns: [t.monitorId, t.checkedAt] }), index("monitor_checks_checked_at_idx").on(t.checkedAt)],
);

/** Checks summed per minute and per hour: what the board, the incident page and the evidence read. */
export const monitorRollups = pgTable(
  "monitor_rollups",
  {
    monitorId: uuid()
      .notNull()
      .references(() => monitors.id, { onDelete: "cascade" }),
    grain: text({ enum: MONITOR_ROLLUP_GRAINS }).notNull(),
    bucketStart: timestamptz().notNull(),
    checks: integer().notNull(),
    failures: integer().notNull(),
    p50Ms: integer().notNull(),
    p95Ms: integer().notNull(),
    maxMs: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.monitorId, t.grain, t.bucketStart] }),
    index("monitor_rollups_grain_bucket_start_idx").on(t.grain, t.bucketStart),
    check("monitor_rollups_grain_check", oneOf(t.grain, MONITOR_ROLLUP_GRAINS)),
    check("monitor_rollups_counts_check", sql`${t.failures} between 0 and ${t.checks}`),
  ],
);

/** A measured outage: from the first of N failed checks in a row to the first check that passed again. */
export const monitorOutages = pgTable(
  "monitor_outages",
  {
    id: uuid().primaryKey().defaultRandom(),
    monitorId: uuid()
      .notNull()
      .references(() => monitors.id, { onDelete: "cascade" }),
    serviceId: uuid()
      .notNull()
      .references(() => services.id),
    /** The first failed check of the run. */
    startedAt: timestamptz().notNull(),
    /** The first check that passed again; null while it lasts. */
    endedAt: timestamptz(),
    lastFailureAt: timestamptz().notNull(),
    failedChecks: integer().notNull(),
    lastError: text(),
    incidentId: uuid().references(() => incidents.id),
    openedAt: createdAt(),
  },
  (t) => [
    index("monitor_outages_monitor_id_started_at_idx").on(t.monitorId, t.startedAt),
    index("monitor_outages_incident_id_idx").on(t.incidentId),
    index("monitor_outages_service_id_started_at_idx").on(t.serviceId, t.startedAt),
    check("monitor_outages_window_check", sql`${t.endedAt} is null or ${t.endedAt} >= ${t.startedAt}`),
  ],
);

export const monitorsRelations = relations(monitors, ({ one, many }) => ({
  service: one(services, { fields: [monitors.serviceId], references: [services.id] }),
  outages: many(monitorOutages),
}));

export const monitorOutagesRelations = relations(monitorOutages, ({ one }) => ({
  monitor: one(monitors, { fields: [monitorOutages.monitorId], references: [monitors.id] }),
  incident: one(incidents, { fields: [monitorOutages.incidentId], references: [incidents.id] }),
}));

export type Monitor = typeof monitors.$inferSelect;
export type MonitorOutage = typeof monitorOutages.$inferSelect;
