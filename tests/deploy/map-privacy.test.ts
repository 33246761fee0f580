import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBenchDatabase, startApp } from "@/bench/lib/app";
import type { RunningApp } from "@/scripts/lib/app-process";
import { connect, type DbHandle } from "@/server/db/connect";
import { runMigrations } from "@/server/db/migrate";
import { selectRows } from "@/server/db/rows";
import { seedDemo } from "@/server/seed";
import { expectNoReportLocated, seedAirportReports } from "@/tests/helpers/map-fixture";

/**
 * The map as anyone receives it from the built app on PostgreSQL (its HTML with the drawing and the data the
 * interactive map is given, the JSON, the copy in the shared cache), for 500 reports around one airport: no cell
 * under 5 reports, no report's point, no confidential report as a point.
 */
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
let database: Awaited<ReturnType<typeof createBenchDatabase>>;
let handle: DbHandle;
let app: RunningApp;
let seeded: Awaited<ReturnType<typeof seedAirportReports>>;

beforeAll(async () => {
  database = await createBenchDatabase(ADMIN_URL);
  handle = await connect({ driver: "postgres", url: database.url, poolSize: 2 });
  await runMigrations(handle, database.url);
  await seedDemo(handle.db, { story: false });
  seeded = await seedAirportReports(handle.db, 500);
  app = await startApp(database.url);
}, 180_000);

afterAll(async () => {
  await app?.stop();
  await handle?.close();
  await database?.drop();
});

type Cell = { id: string; count: number };

async function mapJson(input: Record<string, string>): Promise<{ cells: Cell[] }> {
  const res = await fetch(`${app.url}/api/trpc/map.public?input=${encodeURIComponent(JSON.stringify({ json: input }))}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { result: { data: { json: { cells: Cell[] } } } }).result.data.json;
}

describe("the public map, as published", () => {
  it("answers its HTML, English HTML and JSON with no cell under 5 reports and no report's point, and caches the same", async () => {
    const all = await mapJson({});
    for (const [path, query] of [
      ["/peta", {}],
      ["/en/map", {}],
      [`/peta?incident=${seeded.publicIncident}`, { incident: seeded.publicIncident }],
    ] as const) {
      const json = path.includes("incident") ? await mapJson(query) : all;
      const res = await fetch(`${app.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toMatch(/public/);
      const html = await res.text();
      // The drawing's cells carry their counts; the page carries the cells the interactive map is given.
      const drawn = [...html.matchAll(/data-count="(\d+)"/g)].map((m) => Number(m[1]));
      expect(drawn.length).toBe(json.cells.length);
      expect(Math.min(...drawn)).toBeGreaterThanOrEqual(5);
      expectNoReportLocated(html, json.cells, seeded.pins);
      expectNoReportLocated(JSON.stringify(json), json.cells, seeded.pins);
    }
    expect((await fetch(`${app.url}/peta`)).headers.get("x-sigap-cache")).toBe("HIT");
    const entries = await selectRows<{ key: string; body: Buffer }>(handle.db, sql`select key, body from public_cache_entries where route = 'map'`);
    expect(entries.length).toBeGreaterThanOrEqual(3);
    for (const e of entries)
      expectNoReportLocated(
        Buffer.from(e.body).toString("utf8"),
        all.cells.concat((await mapJson({ incident: seeded.publicIncident })).cells),
        seeded.pins,
      );
  });

  it("shows the incident's own small map on its page, under the same rule", async () => {
    const res = await fetch(`${app.url}/insiden/${seeded.publicIncident}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('data-testid="incident-map"');
    const own = await mapJson({ incident: seeded.publicIncident });
    expectNoReportLocated(html, own.cells, seeded.pins);
  });
});
