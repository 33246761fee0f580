import { randomUUID } from "node:crypto";
import { Agent, request } from "undici";

/**
 * The 19–20 December surge as a load: `concurrency` clients file `submissions` complaints between them, in
 * bursts (each client pauses a moment between reports), retrying a failed send with the same idempotency
 * key as the public form does; a share of successful sends is sent again as if the acknowledgement had been
 * lost. Between reports clients read their tracking page. Every answer is counted by status code.
 */
export type SurgeOptions = {
  url: string;
  /** Path of the submission endpoint and how to read its answer. */
  target: "sigap" | "baseline";
  submissions: number;
  concurrency: number;
  services: string[];
  places: string[];
  /** Share of successful submissions sent again with the same key (a lost acknowledgement). */
  resendShare?: number;
  /** Share of submissions followed by a tracking-page read. */
  readShare?: number;
  /** Keys start with this, so a run's rows can be found. */
  keyPrefix: string;
  /** Investigators reading the queue (newest first, 50 rows) over and over while the surge lasts. */
  queueReaders?: number;
  /** An investigator's Cookie header, for Sigap's queue. */
  staffCookie?: string;
  /** Called once, after this many submissions have been issued (fault injection). */
  onIssued?: { at: number; run: (elapsedMs: number) => void };
};

export type SurgeResult = {
  seconds: number;
  acknowledged: Map<string, string>;
  latenciesMs: number[];
  statusCounts: Record<string, number>;
  replayMismatches: number;
  gaveUp: number;
  /** When each acknowledgement arrived (ms since start), for recovery times. */
  ackTimes: number[];
};

const CATEGORIES = ["system_down", "crowding", "crowding", "system_down", "service_refused"];
const TEXTS = [
  "Server e-HAC tidak bisa diakses, kami disuruh mengisi formulir kertas lagi dan antrean menumpuk.",
  "Antrean di Terminal 3 sangat panjang karena pemindai e-HAC mati sejak pagi.",
  "Petugas meminta isi ulang kartu kewaspadaan kesehatan padahal sudah diisi daring.",
  "The e-HAC system is down; we are queueing for over an hour in a crowded hall.",
];

/** A report without files, as the public form sends it: JSON (tRPC's envelope for Sigap, bare for the baseline). */
function body(target: SurgeOptions["target"], data: unknown): string {
  return JSON.stringify(target === "sigap" ? { json: data } : data);
}

export async function runSurge(o: SurgeOptions): Promise<SurgeResult> {
  const agent = new Agent({ connections: o.concurrency, keepAliveTimeout: 10_000, connect: { timeout: 10_000 } });
  const result: SurgeResult = {
    seconds: 0,
    acknowledged: new Map(),
    latenciesMs: [],
    statusCounts: {},
    replayMismatches: 0,
    gaveUp: 0,
    ackTimes: [],
  };
  const count = (status: string) => (result.statusCounts[status] = (result.statusCounts[status] ?? 0) + 1);
  const path = o.target === "sigap" ? "/api/trpc/complaint.submit" : "/submit";
  const started = performance.now();
  let issued = 0;
  let faultFired = false;

  /** One POST; the tracking code on success, or null with the status counted. */
  async function send(payload: unknown): Promise<{ code: string | null; retryable: boolean }> {
    const t0 = performance.now();
    try {
      const res = await request(`${o.url}${path}`, {
        method: "POST",
        dispatcher: agent,
        headers: { "content-type": "application/json", "x-sigap-request": "1" },
        body: body(o.target, payload),
        headersTimeout: 30_000,
        bodyTimeout: 30_000,
      });
      const text = await res.body.text();
      count(String(res.statusCode));
      if (res.statusCode === 200) {
        result.latenciesMs.push(performance.now() - t0);
        const json = JSON.parse(text) as { trackingCode?: string; result?: { data: { json: { trackingCode: string } } } };
        return { code: json.trackingCode ?? json.result!.data.json.trackingCode, retryable: false };
      }
      return { code: null, retryable: res.statusCode >= 500 || res.statusCode === 429 };
    } catch {
      count("network");
      return { code: null, retryable: true };
    }
  }

  const trackPath = (code: string) =>
    o.target === "sigap"
      ? `/api/trpc/complaint.track?input=${encodeURIComponent(JSON.stringify({ json: { code } }))}`
      : `/track?code=${encodeURIComponent(code)}`;
  const queuePath =
    o.target === "sigap"
      ? `/api/trpc/complaint.queue?input=${encodeURIComponent(JSON.stringify({ json: { sort: "newest", limit: 50 } }))}`
      : "/queue";

  /** A GET, counted under `label` with its status. */
  async function read(label: string, path: string, cookie?: string) {
    try {
      const res = await request(`${o.url}${path}`, {
        dispatcher: agent,
        headers: cookie ? { cookie } : {},
        headersTimeout: 30_000,
        bodyTimeout: 30_000,
      });
      await res.body.text();
      count(`${label} ${res.statusCode}`);
    } catch {
      count(`${label} network`);
    }
  }

  let done = false;
  async function investigator() {
    while (!done) {
      await read("queue", queuePath, o.staffCookie);
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  async function client(id: number) {
    for (;;) {
      const n = issued++;
      if (n >= o.submissions) return;
      if (o.onIssued && !faultFired && n >= o.onIssued.at) {
        faultFired = true;
        o.onIssued.run(performance.now() - started);
      }
      const key = `${o.keyPrefix}${randomUUID().replaceAll("-", "")}`;
      const payload = {
        idempotencyKey: key,
        category: CATEGORIES[n % CATEGORIES.length],
        serviceId: o.services[n % o.services.length],
        placeId: o.places[n % o.places.length],
        occurredAt: new Date().toISOString(),
        description: `${TEXTS[n % TEXTS.length]} (${n})`,
        language: n % 10 === 0 ? "en" : "id",
        confidential: true,
      };
      let code: string | null = null;
      // The public form's behaviour: retry the same key on network errors and 5xx, backing off, for up to a minute.
      for (let attempt = 0, waited = 0; attempt < 30 && waited < 60_000; attempt++) {
        const sent = await send(payload);
        if (sent.code || !sent.retryable) {
          code = sent.code;
          break;
        }
        const pause = Math.min(2000, 100 * 2 ** attempt);
        waited += pause;
        await new Promise((r) => setTimeout(r, pause));
      }
      if (!code) {
        result.gaveUp++;
        continue;
      }
      result.acknowledged.set(key, code);
      result.ackTimes.push(performance.now() - started);
      if (Math.random() < (o.resendShare ?? 0.05)) {
        const again = await send(payload);
        if (again.code && again.code !== code) result.replayMismatches++;
      }
      if (Math.random() < (o.readShare ?? 0.3)) await read("read", trackPath(code));
      // Bursts: reports arrive in clumps from each client, not as a steady stream.
      if (id % 4 === 0 && n % 10 === 0) await new Promise((r) => setTimeout(r, Math.random() * 200));
    }
  }

  const investigators = Array.from({ length: o.queueReaders ?? 10 }, () => investigator());
  await Promise.all(Array.from({ length: o.concurrency }, (_, i) => client(i)));
  result.seconds = (performance.now() - started) / 1000;
  done = true;
  await Promise.all(investigators);
  await agent.close();
  return result;
}

/** Requests per second a route answers to `concurrency` clients making `requests` GETs between them, and the p99. */
export async function runFloor(
  url: string,
  requests: number,
  concurrency: number,
): Promise<{ perSecond: number; seconds: number; latenciesMs: number[] }> {
  const agent = new Agent({ connections: concurrency });
  const latenciesMs: number[] = [];
  let issued = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (issued++ < requests) {
        const t0 = performance.now();
        const res = await request(url, { dispatcher: agent });
        await res.body.text();
        if (res.statusCode === 200) latenciesMs.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await agent.close();
  return { perSecond: latenciesMs.length / seconds, seconds, latenciesMs };
}
