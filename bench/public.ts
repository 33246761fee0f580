// npm run bench:public — time to first byte and transfer size of the public pages against the built app on
// PostgreSQL (demo data), and each page's first-load JavaScript (every script the HTML loads, gzipped).
// Writes bench/results/public.json.
import { writeFileSync } from "node:fs";
import { request } from "node:http";
import path from "node:path";
import { brotliCompressSync, gunzipSync, gzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { connect } from "@/server/db/connect";
import { runMigrations } from "@/server/db/migrate";
import { selectRows } from "@/server/db/rows";
import { createBenchDatabase, percentile, root, startApp, seedWithModel } from "./lib/app";
import { lighthouseScores, noScriptOnScreenMs } from "./lib/lab";
import { gzippedSize, maxRate, staticScriptNear } from "./lib/page-max";

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const REPEAT = Number(process.env.BENCH_REPEAT ?? 30);
/** The budget for the pages a passenger opens from a queue. */
const JS_BUDGET_KB = 120;
/** Issue 30's targets: the map's HTML with its drawing, its rate from the cache beside a static script, its time on screen, Lighthouse. */
const MAP_GZIP_BUDGET_KB = 60;
const CACHE_RATIO_FLOOR = 0.5;
const MAP_ON_SCREEN_BUDGET_MS = 3000;
const LIGHTHOUSE_PERFORMANCE_FLOOR = 95;

type Sample = { ttfbMs: number; totalMs: number; bytes: number };

/** One GET over a fresh connection with gzip accepted: time to the first byte, to the last, and bytes on the wire. */
function get(url: string): Promise<Sample & { status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let ttfb = 0;
    const req = request(url, { headers: { "accept-encoding": "gzip" }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.once("data", () => (ttfb = performance.now() - started));
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, ttfbMs: ttfb, totalMs: performance.now() - started, bytes: raw.length, body: raw });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

async function main() {
  const database = await createBenchDatabase(ADMIN_URL);
  const handle = await connect({ driver: "postgres", url: database.url, poolSize: 2 });
  await runMigrations(handle, database.url);
  await seedWithModel(handle.db);
  const [report] = await selectRows<{ slug: string }>(handle.db, sql`select slug from evaluation_reports where published_version > 0 limit 1`);
  const [incident] = await selectRows<{ code: string }>(handle.db, sql`select code from incidents where is_public limit 1`);
  const { slug } = report!;
  const { code } = incident!;
  const app = await startApp(database.url, { SIGAP_JOBS: "false" });
  const pages = {
    home: "/",
    report_form: "/lapor",
    incident_board: "/insiden",
    incident: `/insiden/${code}`,
    report: `/laporan/${slug}`,
    reports: "/laporan",
    scorecard: "/instansi/kemenkes",
    statistics: "/statistik",
    map: "/peta",
    map_en: "/en/map",
    open_data: "/data",
  };
  const results: Record<string, unknown> = {};
  let map: Record<string, unknown> = {};
  let lighthouse: Record<string, unknown> = {};
  try {
    for (const [name, pagePath] of Object.entries(pages)) {
      await get(`${app.url}${pagePath}`); // warm-up: the first render compiles nothing in production, but fills caches
      const samples: Sample[] = [];
      let html = "";
      for (let i = 0; i < REPEAT; i++) {
        const s = await get(`${app.url}${pagePath}`);
        if (s.status !== 200) throw new Error(`${pagePath} answered ${s.status}`);
        samples.push(s);
        html = (s.body[0] === 0x1f ? gunzipSync(s.body) : s.body).toString("utf8");
      }
      // What a modern browser loads: every script the page references, except the nomodule polyfills.
      const scripts = [
        ...new Set([...html.matchAll(/<script([^>]*)\bsrc="([^"]+)"[^>]*>/g)].filter((m) => !/nomodule/i.test(m[0])).map((m) => m[2]!)),
      ];
      let jsGzip = 0;
      let jsBrotli = 0;
      for (const src of scripts) {
        const r = await get(`${app.url}${src}`);
        const plain = r.body[0] === 0x1f ? gunzipSync(r.body) : r.body;
        jsGzip += gzipSync(plain).length;
        jsBrotli += brotliCompressSync(plain).length;
      }
      const ttfb = samples.map((s) => s.ttfbMs).sort((a, b) => a - b);
      const total = samples.map((s) => s.totalMs).sort((a, b) => a - b);
      results[name] = {
        path: pagePath,
        requests: REPEAT,
        ttfb_p50_ms: percentile(ttfb, 50),
        ttfb_p95_ms: percentile(ttfb, 95),
        total_p50_ms: percentile(total, 50),
        total_p95_ms: percentile(total, 95),
        html_transfer_bytes: samples.at(-1)!.bytes,
        scripts: scripts.length,
        first_load_js_gzip_kb: Math.round(jsGzip / 102.4) / 10,
        first_load_js_brotli_kb: Math.round(jsBrotli / 102.4) / 10,
      };
      console.log(name, results[name]);
    }

    // The map: its size, its closed-loop maximum from the shared cache beside a static script of the same app
    // (one run, side by side), and its time on screen without scripts on a slow phone.
    const mapUrl = `${app.url}/peta`;
    const mapHtml = await (await fetch(mapUrl)).text();
    const gzipBytes = await gzippedSize(mapUrl);
    const script = await staticScriptNear(app.url, mapHtml, gzipBytes);
    const scriptMax = await maxRate(`${app.url}${script.path}`);
    const mapMax = await maxRate(mapUrl);
    const statisticsMax = await maxRate(`${app.url}/statistik`);
    const onScreen = await noScriptOnScreenMs(mapUrl, '[data-testid="map-svg"]');
    map = {
      gzip_kb: Math.round(gzipBytes / 102.4) / 10,
      gzip_budget_kb: MAP_GZIP_BUDGET_KB,
      within_gzip_budget: gzipBytes / 1024 <= MAP_GZIP_BUDGET_KB,
      static_script: { ...script, ...scriptMax },
      cached_max: { map: mapMax, statistics: statisticsMax },
      ratio_to_static: {
        map: Math.round((mapMax.per_s / scriptMax.per_s) * 100) / 100,
        statistics: Math.round((statisticsMax.per_s / scriptMax.per_s) * 100) / 100,
      },
      ratio_floor: CACHE_RATIO_FLOOR,
      no_script_slow_3g_4x_cpu_on_screen_ms: onScreen,
      on_screen_budget_ms: MAP_ON_SCREEN_BUDGET_MS,
      within_on_screen_budget: onScreen.median_ms <= MAP_ON_SCREEN_BUDGET_MS,
    };
    console.log("map", map);

    // Lighthouse (mobile) on every public page.
    const publicPages = [...Object.values(pages), "/track", "/privasi", "/data-saya", "/laporan-berkala?period=2020-Q4"];
    const scores = await lighthouseScores(publicPages.map((p) => `${app.url}${p}`));
    lighthouse = Object.fromEntries(Object.entries(scores).map(([url, s]) => [url.slice(app.url.length), s]));
    console.log("lighthouse", lighthouse);
  } finally {
    await app.stop();
    await handle.close();
    await database.drop();
  }
  const budget = Object.fromEntries(
    ["incident_board", "report"].map((k) => {
      const kb = (results[k] as { first_load_js_gzip_kb: number }).first_load_js_gzip_kb;
      return [k, { first_load_js_gzip_kb: kb, budget_kb: JS_BUDGET_KB, within_budget: kb <= JS_BUDGET_KB }];
    }),
  );
  const out = {
    measured_at: new Date().toISOString(),
    machine: "2 cores, 24 GiB; app, PostgreSQL and client on one host",
    database: "postgresql",
    repeat: REPEAT,
    budget,
    pages: results,
    map,
    lighthouse: {
      form_factor: "mobile (Lighthouse default: simulated slow 4G, 4× CPU)",
      performance_floor: LIGHTHOUSE_PERFORMANCE_FLOOR,
      below_floor: Object.entries(lighthouse)
        .filter(([, s]) => (s as { performance: number }).performance < LIGHTHOUSE_PERFORMANCE_FLOOR)
        .map(([p]) => p),
      pages: lighthouse,
    },
  };
  writeFileSync(path.join(root, "bench", "results", "public.json"), `${JSON.stringify(out, null, 2)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
