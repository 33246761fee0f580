import { sql } from "drizzle-orm";
import client from "prom-client";
import { selectRows } from "@/server/db/rows";
import type { DbHandle } from "@/server/db/connect";
import type { Db } from "@/server/db/types";

// These read shared state (the database, the job queue): every instance reports the same figure, so the
// cluster's primary keeps one (aggregator "max") instead of adding them up.
const SHARED = "max" as const;

/** A gauge registered afresh: a process that opens the database or starts a worker again (tests do) reads the new one. */
function gauge<T extends string>(config: client.GaugeConfiguration<T>): client.Gauge<T> {
  client.register.removeSingleMetric(config.name);
  return new client.Gauge(config);
}

/** Outbox mail waiting or failed, how long the oldest has waited, this database's connections by state, and the replica's lag. */
export function registerDatabaseGauges({ db, readDb, driver }: DbHandle): void {
  gauge({
    name: "sigap_outbox_mails",
    help: "Mail in the outbox, by status (pending, failed).",
    labelNames: ["status"] as const,
    aggregator: SHARED,
    async collect() {
      const rows = await selectRows<{ status: string; n: number }>(
        db,
        sql`select status, count(*)::int as n from outbox where status <> 'sent' group by 1`,
      );
      this.reset();
      for (const status of ["pending", "failed"]) this.set({ status }, rows.find((r) => r.status === status)?.n ?? 0);
    },
  });
  gauge({
    name: "sigap_outbox_oldest_pending_seconds",
    help: "How long the oldest pending mail has been due (0 when none is).",
    aggregator: SHARED,
    async collect() {
      const [row] = await selectRows<{ s: number | null }>(
        db,
        sql`select extract(epoch from now() - min(available_at))::float8 as s from outbox where status = 'pending' and available_at <= now()`,
      );
      this.set(Math.max(0, row?.s ?? 0));
    },
  });
  if (driver !== "postgres") return;
  if (readDb !== db) {
    gauge({
      name: "sigap_replica_lag_seconds",
      help: "How far the read replica's replay is behind (0 when it has replayed all it received); NaN when it does not answer.",
      aggregator: SHARED,
      async collect() {
        // Read through the public reads' client: when the replica is away this lands on the primary, where it is null.
        const [row] = await selectRows<{ s: number | null }>(
          readDb,
          sql`select case when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
                          else extract(epoch from now() - pg_last_xact_replay_timestamp())::float8 end as s`,
        );
        this.set(row?.s ?? Number.NaN);
      },
    });
  }
  gauge({
    name: "sigap_database_connections",
    help: "Connections to this database from the app and its job workers, by state.",
    labelNames: ["state"] as const,
    aggregator: SHARED,
    async collect() {
      const rows = await selectRows<{ state: string; n: number }>(
        db,
        sql`select coalesce(state, 'unknown') as state, count(*)::int as n from pg_stat_activity
            where datname = current_database() and application_name like 'sigap%' group by 1`,
      );
      this.reset();
      for (const r of rows) this.set({ state: r.state }, r.n);
    },
  });
}

/**
 * Jobs in each background queue by state: ready, deferred (waiting for their start time), active and failed.
 * pg-boss 10 counts only "before active" per queue, so this reads its job table, in the same database.
 */
export function registerJobGauges(db: Db, queues: readonly string[]): void {
  gauge({
    name: "sigap_job_queue_jobs",
    help: "Jobs in each background queue, by state.",
    labelNames: ["queue", "state"] as const,
    aggregator: SHARED,
    async collect() {
      const rows = await selectRows<{ name: string; state: string; n: number }>(
        db,
        sql`select name,
                   case when state in ('created', 'retry') then (case when start_after > now() then 'deferred' else 'ready' end)
                        else state::text end as state,
                   count(*)::int as n
              from pgboss.job
             where name in ${queues} and state in ('created', 'retry', 'active', 'failed')
             group by 1, 2`,
      );
      this.reset();
      for (const queue of queues)
        for (const state of ["ready", "deferred", "active", "failed"])
          this.set({ queue, state }, rows.find((r) => r.name === queue && r.state === state)?.n ?? 0);
    },
  });
}
