import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromium } from "playwright-core";

const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"];

export type LighthouseScores = { performance: number; accessibility: number; best_practices: number; seo: number; tbt_ms: number; lcp_ms: number };

/**
 * Lighthouse's mobile run (its default: a mid-range phone, simulated slow 4G and 4× CPU) of each URL, in one
 * browser: the four category scores (0–100) and the two figures that move performance most.
 */
export async function lighthouseScores(urls: readonly string[]): Promise<Record<string, LighthouseScores>> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  const out: Record<string, LighthouseScores> = {};
  try {
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      });
      if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
      const { categories, audits } = result.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      out[url] = {
        performance: score("performance"),
        accessibility: score("accessibility"),
        best_practices: score("best-practices"),
        seo: score("seo"),
        tbt_ms: Math.round(audits["total-blocking-time"]?.numericValue ?? 0),
        lcp_ms: Math.round(audits["largest-contentful-paint"]?.numericValue ?? 0),
      };
    }
  } finally {
    chrome.kill();
  }
  return out;
}

/** Chrome DevTools' "Slow 3G" preset: 2 s added to every request, 400 kbit/s each way. */
const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: (500 * 1000 * 0.8) / 8, uploadThroughput: (500 * 1000 * 0.8) / 8 };

/**
 * Milliseconds from navigation until a selector's element is painted, on a phone without scripts over Slow 3G with a
 * 4× slower CPU, for a first visit (nothing cached): the median of `runs`.
 */
export async function noScriptOnScreenMs(url: string, selector: string, runs = 3): Promise<{ median_ms: number; runs_ms: number[] }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, isMobile: true, locale: "id-ID" });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      await cdp.send("Network.emulateNetworkConditions", SLOW_3G);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      const started = Date.now();
      await page.goto(url, { waitUntil: "commit" });
      await page.locator(selector).first().waitFor({ state: "visible", timeout: 30_000 });
      const visibleMs = Date.now() - started;
      // On screen: laid out as visible (polled, so a little late) and not before the page's first paint.
      const paintMs = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0).catch(() => 0);
      times.push(Math.round(Math.max(visibleMs, paintMs)));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { median_ms: sorted[Math.floor(sorted.length / 2)]!, runs_ms: times };
}
