// npm run bench:field — the report form on a phone on a saturated mobile network, as the person in the queue
// gets it: Chromium at a phone viewport, cold cache, Slow 3G (400 kbit/s each way, 400 ms latency) and a CPU
// four times slower, set through the DevTools protocol. Measures, per cold load: first paint, when the form is
// usable (painted and able to send: at first paint for a form that posts without scripts, else once the
// scripts have taken over), the bytes received before then, all JavaScript received, when the scripts have
// taken over, and from "send" to the tracking code. Writes bench/results/field.json.
//
// FIELD_URL measures an app already running instead of starting the built app on a fresh PostgreSQL database with
// the demo data; FIELD_COMPARE_URL (an older build, already running) is measured in the same session beside it.
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { CDPSession, Page } from "playwright-core";
import { connect } from "@/server/db/connect";
import { runMigrations } from "@/server/db/migrate";
import { launchBrowser } from "@/tests/e2e/browser";
import { createBenchDatabase, percentile, root, startApp, seedWithModel } from "./lib/app";

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const RUNS = Number(process.env.FIELD_RUNS ?? 5);
const OUT = process.env.FIELD_OUT ?? path.join(root, "bench/results/field.json");
const PROFILE = { name: "Slow 3G", downloadKbps: 400, uploadKbps: 400, latencyMs: 400, cpuSlowdown: 4 };
const BUDGET = { usable_ms: 3500, bytes_to_usable: 100 * 1024, send_to_code_ms: 2000 };

type Run = {
  first_paint_ms: number;
  usable_ms: number;
  bytes_to_usable: number;
  js_bytes: number;
  total_bytes: number;
  hydrated_ms: number;
  send_to_code_ms: number;
  works_without_scripts: boolean;
};

/** Marks taken inside the page (its own clock, from navigation start): the form in place, the scripts in charge, send, the code. */
const MARKS = `
  window.__field = {};
  const f = window.__field;
  const hydrated = (el) => Object.keys(el).some((k) => k.startsWith("__reactProps"));
  const check = () => {
    const form = document.querySelector('form[data-testid="report-form"]');
    if (form && !f.formAt && form.querySelector('button[type="submit"]')) {
      f.formAt = performance.now();
      f.worksWithoutScripts = form.method === "post";
      requestAnimationFrame(() => setTimeout(() => (f.formPaintedAt = performance.now())));
    }
    if (form && !f.hydratedAt && hydrated(form)) f.hydratedAt = performance.now();
    if (!f.codeAt && document.querySelector('[data-testid="tracking-code"]')) f.codeAt = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
  const poll = setInterval(() => { check(); if (f.hydratedAt) clearInterval(poll); }, 50);
  document.addEventListener("submit", () => (f.sendAt = performance.now()), true);
`;

/** Bytes as they arrive (the DevTools clock), by kind, from the navigation's request onwards. */
function trafficOf(cdp: CDPSession) {
  const types = new Map<string, string>();
  const arrivals: Array<{ at: number; bytes: number; type: string }> = [];
  let start = 0;
  cdp.on("Network.requestWillBeSent", (e) => {
    if (e.type === "Document" && start === 0) start = e.timestamp;
  });
  cdp.on("Network.responseReceived", (e) => types.set(e.requestId, e.type));
  const counted = new Map<string, number>();
  const arrive = (requestId: string, at: number, bytes: number) => {
    arrivals.push({ at, bytes, type: types.get(requestId) ?? "Other" });
    counted.set(requestId, (counted.get(requestId) ?? 0) + bytes);
  };
  cdp.on("Network.dataReceived", (e) => arrive(e.requestId, e.timestamp, e.encodedDataLength));
  // Headers, and bytes not reported chunk by chunk, are counted when the response ends.
  cdp.on("Network.loadingFinished", (e) => arrive(e.requestId, e.timestamp, Math.max(0, e.encodedDataLength - (counted.get(e.requestId) ?? 0))));
  return {
    bytesUntil: (ms: number) => arrivals.filter((a) => (a.at - start) * 1000 <= ms).reduce((n, a) => n + a.bytes, 0),
    bytesOf: (type: string) => arrivals.filter((a) => a.type === type).reduce((n, a) => n + a.bytes, 0),
    total: () => arrivals.reduce((n, a) => n + a.bytes, 0),
  };
}

async function throttled(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  const bytesPerSecond = (kbps: number) => (kbps * 1000) / 8;
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: PROFILE.latencyMs,
    downloadThroughput: bytesPerSecond(PROFILE.downloadKbps),
    uploadThroughput: bytesPerSecond(PROFILE.uploadKbps),
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: PROFILE.cpuSlowdown });
  return cdp;
}

async function oneColdLoad(browser: Awaited<ReturnType<typeof launchBrowser>>, baseUrl: string, n: number): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "id-ID", hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.addInitScript(MARKS);
  const cdp = await throttled(page);
  const traffic = trafficOf(cdp);
  await page.goto(`${baseUrl}/lapor`, { waitUntil: "commit" });
  await page.waitForFunction(
    () =>
      (window as unknown as { __field: { hydratedAt?: number; formPaintedAt?: number } }).__field.hydratedAt &&
      (window as unknown as { __field: { formPaintedAt?: number } }).__field.formPaintedAt,
    null,
    { timeout: 60_000, polling: 250 },
  );
  await page.waitForLoadState("networkidle");
  const paint = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0);
  const marks = await page.evaluate(() => (window as unknown as { __field: Record<string, number | boolean> }).__field);
  const painted = Math.max(paint, marks.formPaintedAt as number);
  const usable = marks.worksWithoutScripts ? painted : Math.max(painted, marks.hydratedAt as number);

  // The same person then files the report the scripted way (the typing pickers, once the scripts run them).
  await page.waitForFunction(() => document.querySelector<HTMLFormElement>('form[data-testid="report-form"]')?.dataset.enhanced !== "false");
  await page.getByText("Sistem atau server gangguan").click();
  await page.locator("#serviceId").fill("e-HAC");
  await page.getByRole("button", { name: /e-HAC \(Kartu Kewaspadaan/ }).click();
  await page.locator("#description").fill(`Pengukuran lapangan ${n}: server e-HAC mati, antrean panjang di Terminal 3.`);
  await page.getByRole("button", { name: "Kirim laporan" }).click();
  await page.getByTestId("tracking-code").waitFor({ timeout: 60_000 });
  const sent = await page.evaluate(() => (window as unknown as { __field: { sendAt: number; codeAt: number } }).__field);
  const run: Run = {
    first_paint_ms: Math.round(paint),
    usable_ms: Math.round(usable),
    bytes_to_usable: traffic.bytesUntil(usable),
    js_bytes: traffic.bytesOf("Script"),
    total_bytes: traffic.total(),
    hydrated_ms: Math.round(marks.hydratedAt as number),
    send_to_code_ms: Math.round(sent.codeAt - sent.sendAt),
    works_without_scripts: Boolean(marks.worksWithoutScripts),
  };
  await context.close();
  return run;
}

function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

/** The figures: medians of the cold loads. */
function summary(runs: Run[]) {
  const pick = (k: keyof Omit<Run, "works_without_scripts">) => median(runs.map((r) => r[k]));
  return {
    bytes_to_usable: pick("bytes_to_usable"),
    js_bytes: pick("js_bytes"),
    first_paint_ms: pick("first_paint_ms"),
    usable_ms: pick("usable_ms"),
    send_to_code_ms: pick("send_to_code_ms"),
    hydrated_ms: pick("hydrated_ms"),
    total_bytes: pick("total_bytes"),
    works_without_scripts: runs.every((r) => r.works_without_scripts),
  };
}

async function main() {
  let baseUrl = process.env.FIELD_URL ?? "";
  // An older build already running (FIELD_COMPARE_URL), measured in the same session, its loads interleaved with ours.
  const compareUrl = process.env.FIELD_COMPARE_URL ?? "";
  let stop = async () => {};
  if (!baseUrl) {
    const database = await createBenchDatabase(ADMIN_URL);
    const handle = await connect({ driver: "postgres", url: database.url, poolSize: 2 });
    await runMigrations(handle, database.url);
    await seedWithModel(handle.db);
    await handle.close();
    const app = await startApp(database.url, { SIGAP_JOBS: "false" });
    baseUrl = app.url;
    stop = async () => {
      await app.stop();
      await database.drop();
    };
  }
  const browser = await launchBrowser();
  try {
    // Each app's own first renders fill its caches: not counted.
    await oneColdLoad(browser, baseUrl, 0);
    if (compareUrl) await oneColdLoad(browser, compareUrl, 0);
    const runs: Run[] = [];
    const compared: Run[] = [];
    for (let i = 1; i <= RUNS; i++) {
      runs.push(await oneColdLoad(browser, baseUrl, i));
      if (compareUrl) compared.push(await oneColdLoad(browser, compareUrl, i));
    }
    const now = summary(runs);
    const result = {
      profile: PROFILE,
      runs: RUNS,
      ...now,
      budget: BUDGET,
      within_budget: {
        usable_ms: now.usable_ms <= BUDGET.usable_ms,
        bytes_to_usable: now.bytes_to_usable <= BUDGET.bytes_to_usable,
        send_to_code_ms: now.send_to_code_ms <= BUDGET.send_to_code_ms,
      },
      ...(compareUrl ? { compared_with: { label: process.env.FIELD_COMPARE_LABEL ?? compareUrl, ...summary(compared), each_run: compared } } : {}),
      each_run: runs,
      measured_at: new Date().toISOString(),
    };
    writeFileSync(OUT, `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(now), JSON.stringify(result.within_budget));
    if (compareUrl) console.log("compared with:", JSON.stringify(summary(compared)));
  } finally {
    await browser.close();
    await stop();
  }
}

await main();
