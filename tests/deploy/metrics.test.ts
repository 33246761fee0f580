import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBenchDatabase, startApp } from "@/bench/lib/app";
import { freePort, type RunningApp } from "@/scripts/lib/app-process";
import { connect, type DbHandle } from "@/server/db/connect";
import { runMigrations } from "@/server/db/migrate";
import { selectRows } from "@/server/db/rows";
import { seedDemo } from "@/server/seed";
import { REPORT_HEADERS, reportBody } from "./report-body";

/** The Prometheus endpoint of the built app (two instances on one port, summed by the primary), scraped over HTTP. */
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const TOKEN = randomUUID();
let database: Awaited<ReturnType<typeof createBenchDatabase>>;
let handle: DbHandle;
let app: RunningApp;
let metricsUrl: string;

beforeAll(async () => {
  database = await createBenchDatabase(ADMIN_URL);
  handle = await connect({ driver: "postgres", url: database.url, poolSize: 2 });
  await runMigrations(handle, database.url);
  await seedDemo(handle.db);
  const port = await freePort();
  app = await startApp(database.url, { SIGAP_INSTANCES: "2", METRICS_PORT: String(port), METRICS_TOKEN: TOKEN, PUBLIC_CACHE_COUNTS_STALE_MS: "0" });
  metricsUrl = `http://127.0.0.1:${port}/metrics`;
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await handle?.close();
  await database?.drop();
});

async function scrape(): Promise<string> {
  const res = await fetch(metricsUrl, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  return res.text();
}

/** The value of one series (0 when it does not exist yet); `labels` must all match. */
function value(text: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const line of text.split("\n")) {
    const m = /^([a-z_]+)(\{([^}]*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const found = Object.fromEntries([...(m[3] ?? "").matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) total += Number(m[4]);
  }
  return total;
}

describe("metrics", () => {
  it("refuses a scrape without the token", async () => {
    expect((await fetch(metricsUrl)).status).toBe(401);
    expect((await fetch(metricsUrl, { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
  });

  it("moves after a submission, a job run and a cache hit, summed over both instances", async () => {
    const before = await scrape();
    const [service] = await selectRows<{ id: string }>(handle.db, sql`select id from services order by code limit 1`);
    const submit = await fetch(`${app.url}/api/trpc/complaint.submit`, {
      method: "POST",
      headers: REPORT_HEADERS,
      body: reportBody(service!.id, `metrics_${randomUUID().replaceAll("-", "")}`),
    });
    expect(submit.status).toBe(200);
    const refused = await fetch(`${app.url}/api/trpc/complaint.submit`, {
      method: "POST",
      headers: REPORT_HEADERS,
      body: JSON.stringify({ json: { idempotencyKey: `metrics_${randomUUID().replaceAll("-", "")}`, description: "pendek" } }),
    });
    expect(refused.status).toBe(400);
    // Views until one is a cache HIT (the two instances share the cache through the database).
    for (let i = 0; i < 10 && (await fetch(`${app.url}/insiden`)).headers.get("x-sigap-cache") !== "HIT"; i++);
    // The clustering job places the report within a second or two.
    for (let i = 0; i < 40; i++) {
      const [row] = await selectRows<{ n: number }>(handle.db, sql`select count(*)::int as n from complaints where needs_clustering`);
      if (row!.n === 0) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const after = await scrape();
    const moved = (name: string, labels: Record<string, string> = {}) => value(after, name, labels) - value(before, name, labels);
    expect(moved("sigap_submissions_total", { channel: "web", outcome: "accepted" })).toBe(1);
    expect(moved("sigap_submissions_total", { channel: "web", outcome: "invalid" })).toBe(1);
    expect(moved("sigap_public_cache_responses_total", { result: "HIT" })).toBeGreaterThanOrEqual(1);
    expect(moved("sigap_job_runs_total", { queue: "cluster-complaints", result: "done" })).toBeGreaterThanOrEqual(1);
    expect(moved("sigap_http_requests_total", { route: "/insiden", method: "GET", status: "200" })).toBeGreaterThanOrEqual(2);
    expect(moved("sigap_http_requests_total", { route: "/api/trpc/complaint.submit", method: "POST" })).toBe(2);
    // State read from the database, once however many instances report it.
    expect(after).toMatch(/^sigap_outbox_mails\{status="pending"\} \d+$/m);
    expect(after).toMatch(/^sigap_job_queue_jobs\{queue="cluster-complaints",state="ready"\} \d+$/m);
    expect(value(after, "sigap_database_connections")).toBeGreaterThan(0);
  });

  it("answers every request with its id, takes a proxy's, and writes it into the audit row of what the request changed", async () => {
    const page = await fetch(`${app.url}/insiden`);
    expect(page.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const [service] = await selectRows<{ id: string }>(handle.db, sql`select id from services order by code limit 1`);
    const requestId = `proxy${randomUUID().replaceAll("-", "")}`;
    const key = `reqid_${randomUUID().replaceAll("-", "")}`;
    const submit = await fetch(`${app.url}/api/trpc/complaint.submit`, {
      method: "POST",
      headers: { ...REPORT_HEADERS, "x-request-id": requestId },
      body: reportBody(service!.id, key),
    });
    expect(submit.status).toBe(200);
    expect(submit.headers.get("x-request-id")).toBe(requestId);
    const [row] = await selectRows<{ request_id: string | null }>(
      handle.db,
      sql`select a.request_id from audit_log a join complaints c on a.entity_id = c.id::text where c.idempotency_key = ${key} and a.action = 'complaint.submit'`,
    );
    expect(row?.request_id).toBe(requestId);
  });
});
