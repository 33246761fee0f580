import { randomUUID } from "node:crypto";
import { Agent, request } from "undici";
import { percentile } from "./app";
import type { SurgeResult } from "./surge-load";

/**
 * The surge as people make it, at a fixed arrival rate: page views, reports and tracking reads are sent on
 * schedule whatever the answers (an open loop), so a slow answer shows as latency instead of slowing the
 * load. Latency runs from each request's scheduled moment, so time a request spent waiting to be sent counts.
 * Meanwhile an investigator posts an incident update every 10 s and a watcher times how long each takes to
 * show on the public board.
 */
export type OpenLoopOptions = {
  url: string;
  seconds: number;
  viewsPerS: number;
  submitsPerS: number;
  tracksPerS: number;
  /** Page views by share of the total: [path, share]. */
  views: Array<[string, number]>;
  services: string[];
  places: string[];
  keyPrefix: string;
  staffCookie: string;
  incidentId: string;
  /** Seconds between the investigator's updates; 0: none. */
  updateEveryS: number;
  /** Seconds of the same load before the clock starts, not counted (a server that has been up, its code warm). */
  warmUpSeconds?: number;
};

type ClassStats = { offered: number; served: number; errors: Record<string, number>; latenciesMs: number[] };
export type OpenLoopResult = {
  classes: Record<"views" | "submissions" | "tracking", ClassStats>;
  byPage: Record<string, ClassStats>;
  freshnessMs: number[];
  updatesPosted: number;
  updatesNeverSeen: number;
  /** For verifyStored: what was acknowledged. */
  submissions: SurgeResult;
};

const stats = (): ClassStats => ({ offered: 0, served: 0, errors: {}, latenciesMs: [] });

export function summarise(s: ClassStats) {
  const sorted = [...s.latenciesMs].sort((a, b) => a - b);
  const errors = Object.values(s.errors).reduce((n, c) => n + c, 0);
  return {
    offered: s.offered,
    served: s.served,
    errors,
    error_kinds: s.errors,
    p50_ms: percentile(sorted, 50),
    p95_ms: percentile(sorted, 95),
    p99_ms: percentile(sorted, 99),
  };
}

export async function runOpenLoop(o: OpenLoopOptions): Promise<OpenLoopResult> {
  // Many people on many connections: requests rotate over separate connection pools, so the instances (which
  // node:cluster hands connections in turn) share the load as they would behind a proxy. One pool would send
  // nearly everything down its first idle connection, to one instance.
  const agents = Array.from({ length: POOLS }, () => new Agent({ connections: 256, keepAliveTimeout: 10_000, connect: { timeout: 10_000 } }));
  let rotation = 0;
  const nextAgent = () => agents[rotation++ % agents.length]!;
  const agent = agents[0]!;
  const result: OpenLoopResult = {
    classes: { views: stats(), submissions: stats(), tracking: stats() },
    byPage: Object.fromEntries(o.views.map(([p]) => [p, stats()])),
    freshnessMs: [],
    updatesPosted: 0,
    updatesNeverSeen: 0,
    submissions: { seconds: o.seconds, acknowledged: new Map(), latenciesMs: [], statusCounts: {}, replayMismatches: 0, gaveUp: 0, ackTimes: [] },
  };
  const codes: string[] = [];
  // The outage starts on a server that has been up: pages people open all day are in the cache, and the
  // instances have been answering this load for a while (their code is loaded and optimised) before the clock.
  // (The warm-up run views the pages first itself.)
  if (o.warmUpSeconds) await runOpenLoop({ ...o, seconds: o.warmUpSeconds, warmUpSeconds: 0, keyPrefix: "warmup_", updateEveryS: 0 });
  else for (const [path] of o.views) await (await request(`${o.url}${path}`, { dispatcher: agent })).body.text();
  const started = performance.now();

  async function timed(s: ClassStats[], scheduledAt: number, go: () => Promise<{ status: number; text: string }>): Promise<string | null> {
    for (const c of s) c.offered++;
    try {
      const { status, text } = await go();
      const ms = performance.now() - scheduledAt;
      if (status >= 200 && status < 400) {
        for (const c of s) {
          c.served++;
          c.latenciesMs.push(ms);
        }
        return text;
      }
      for (const c of s) c.errors[String(status)] = (c.errors[String(status)] ?? 0) + 1;
    } catch (error) {
      const kind = error instanceof Error ? error.name : "error";
      for (const c of s) c.errors[kind] = (c.errors[kind] ?? 0) + 1;
    }
    return null;
  }

  const get = async (path: string, headers: Record<string, string> = {}, keepText = false) => {
    const res = await request(`${o.url}${path}`, {
      dispatcher: nextAgent(),
      headers: { "accept-encoding": "gzip", ...headers },
      headersTimeout: 60_000,
      bodyTimeout: 60_000,
    });
    if (keepText) return { status: res.statusCode, text: await res.body.text() };
    // A viewer's body is read to the end and dropped: decoding it would spend the generator's CPU, not the server's.
    for await (const _ of res.body);
    return { status: res.statusCode, text: "" };
  };

  const view = (n: number, at: number) => {
    // The mix by share: walk the cumulative shares with a fixed stride, so every run offers the same mix.
    const x = (n * 0.6180339887) % 1;
    let acc = 0;
    const [path] = o.views.find(([, share]) => (acc += share) > x) ?? o.views[o.views.length - 1]!;
    return timed([result.classes.views, result.byPage[path]!], at, () => get(path));
  };

  const submit = async (n: number, at: number) => {
    const key = `${o.keyPrefix}${randomUUID().replaceAll("-", "")}`;
    const text = await timed([result.classes.submissions], at, () => sendReport(o, nextAgent(), key, n));
    if (text) {
      const code = trackingCodeOf(text);
      result.submissions.acknowledged.set(key, code);
      codes.push(code);
    }
  };

  const track = (n: number, at: number) => {
    const code = codes.length > 0 ? codes[n % codes.length]! : "XXXX-XXXX-XX";
    return timed([result.classes.tracking], at, () => get(`/track/${code}`));
  };

  /** Posts an update and watches the board until it shows, polling every 100 ms (outside the counted load). */
  async function investigator() {
    const watchers: Array<Promise<void>> = [];
    if (!o.updateEveryS) return;
    for (let i = 0; performance.now() - started < o.seconds * 1000 - 2000; i++) {
      await new Promise((r) => setTimeout(r, o.updateEveryS * 1000));
      const body = await postUpdate(o, agent, i + 1);
      result.updatesPosted++;
      const postedAt = performance.now();
      watchers.push(
        (async () => {
          while (performance.now() - postedAt < 30_000) {
            const board = await get("/insiden", { "accept-encoding": "identity" }, true);
            if (board.text.includes(body.slice(0, 30))) {
              result.freshnessMs.push(performance.now() - postedAt);
              return;
            }
            await new Promise((r) => setTimeout(r, 100));
          }
          result.updatesNeverSeen++;
        })(),
      );
    }
    await Promise.all(watchers);
  }

  const inFlight: Array<Promise<unknown>> = [];
  const sent = { views: 0, submits: 0, tracks: 0 };
  const staff = investigator();
  await new Promise<void>((resolve) => {
    const tick = () => {
      const elapsed = (performance.now() - started) / 1000;
      const until = Math.min(elapsed, o.seconds);
      for (const [kind, rate, fire] of [
        ["views", o.viewsPerS, view],
        ["submits", o.submitsPerS, submit],
        ["tracks", o.tracksPerS, track],
      ] as const) {
        while (sent[kind] < Math.floor(until * rate)) {
          const n = sent[kind]++;
          inFlight.push(fire(n, started + (n / rate) * 1000));
        }
      }
      if (elapsed >= o.seconds) resolve();
      else setTimeout(tick, 2);
    };
    tick();
  });
  await Promise.all(inFlight);
  await staff;
  result.submissions.seconds = (performance.now() - started) / 1000;
  await Promise.all(agents.map((a) => a.close()));
  return result;
}

const POOLS = 32;

/** A report without files, as the public form sends it (JSON, no multipart). */
async function sendReport(o: OpenLoopOptions, dispatcher: Agent, key: string, n: number): Promise<{ status: number; text: string }> {
  const payload = {
    idempotencyKey: key,
    category: n % 3 === 0 ? "crowding" : "system_down",
    serviceId: o.services[n % o.services.length],
    placeId: o.places[n % o.places.length],
    occurredAt: new Date().toISOString(),
    description: `Server e-HAC tidak bisa diakses, antrean menumpuk di terminal (${n}).`,
    confidential: true,
  };
  const res = await request(`${o.url}/api/trpc/complaint.submit`, {
    method: "POST",
    dispatcher,
    headers: { "content-type": "application/json", "x-sigap-request": "1" },
    body: JSON.stringify({ json: payload }),
    headersTimeout: 60_000,
    bodyTimeout: 60_000,
  });
  return { status: res.statusCode, text: await res.body.text() };
}

function trackingCodeOf(text: string): string {
  return (JSON.parse(text) as { result: { data: { json: { trackingCode: string } } } }).result.data.json.trackingCode;
}

/** The investigator's incident update number `i`; returns its text, to look for on the board. */
async function postUpdate(o: OpenLoopOptions, dispatcher: Agent, i: number): Promise<string> {
  const body = `Pembaruan ${i} (${randomUUID().slice(0, 8)}): antrean e-HAC dipantau petugas Ombudsman.`;
  const res = await request(`${o.url}/api/trpc/incident.postUpdate`, {
    method: "POST",
    dispatcher,
    headers: { "content-type": "application/json", "x-sigap-request": "1", cookie: o.staffCookie },
    body: JSON.stringify({ json: { incidentId: o.incidentId, status: i % 2 ? "identified" : "monitoring", body } }),
  });
  await res.body.text();
  if (res.statusCode !== 200) throw new Error(`posting an incident update failed: ${res.statusCode}`);
  return body;
}
