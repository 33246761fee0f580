import { createHash } from "node:crypto";
import { createServer, request, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/server/http/security-headers";
import { incidents, publicCacheEntries } from "@/server/db/schema";
import { entryStore } from "@/server/public-cache/entry-store";
import { httpCache } from "@/server/public-cache/http-cache";
import { renderThroughApp } from "@/server/public-cache/render";
import { tagVersionReader, versionReuse } from "@/server/public-cache/tag-versions";
import { createComplaint } from "@/tests/helpers/complaints";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { actorOf, callerFor, createUser } from "@/tests/helpers/factories";

const FILL = "x-sigap-cache-fill";
/** An inline script of the shape the framework writes (the cache allows only those). */
const INLINE = 'self.__next_f.push([1,"board"])';
/** One it does not: it must never be allowed. */
const INJECTED = "alert(1)";
let t: TestDb;
let renders = 0;
const servers: Server[] = [];

/** Milliseconds each answer of a page whose query names `slow` takes (to see renders run beside each other); `inFlight` counts the cache's renders of them. */
const SLOW_MS = 400;
let inFlight = 0;
let mostInFlight = 0;
const renderedPaths: string[] = [];

/** The app behind each instance: the public board rendered from the domain for an anonymous visitor. */
async function app(req: IncomingMessage, res: ServerResponse) {
  const session = /authjs\.session-token/.test(req.headers.cookie ?? "");
  if (req.headers[FILL]) {
    renders++;
    renderedPaths.push(req.url ?? "");
  }
  if ((req.url ?? "").includes("slow") && req.headers[FILL]) {
    inFlight++;
    mostInFlight = Math.max(mostInFlight, inFlight);
    await new Promise((r) => setTimeout(r, SLOW_MS));
    inFlight--;
  } else if ((req.url ?? "").includes("slow")) await new Promise((r) => setTimeout(r, SLOW_MS));
  const board = await callerFor(t.db, null).incident.board();
  const items = board.active.map((i) => `<li>${i.code} ${i.title.id} (${i.reportCount}): ${i.updates.map((u) => u.body).join(" | ")}</li>`);
  const html = `<!doctype html><html><body>${session ? "<p>Staff view</p>" : ""}<ul>${items.join("")}</ul><script>${INLINE}</script><script>${INJECTED}</script></body></html>`;
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "private, no-store" });
  res.end(html);
}

/** One app instance as the app configures it by default, with its own cache memory, sharing only the database with the others, over real HTTP. */
async function instance(limits = { perRoute: 2000, total: 20_000 }, maxFirstRenders = 4): Promise<string> {
  const handle = httpCache(
    {
      store: entryStore(t.db, 8 * 1024 * 1024, limits),
      maxFirstRenders,
      versions: tagVersionReader(t.db, versionReuse(250)),
      render: renderThroughApp(FILL, "test-token"),
      policyFor: (hashes, https) => contentSecurityPolicy({ scripts: { hashes }, dev: false, https, tileOrigin: null }),
      isHttps: () => false,
      countsStaleMs: 2000,
    },
    FILL,
  );
  const server = createServer((req, res) => {
    const toApp = () => void app(req, res).catch(() => res.writeHead(500).end());
    if (!handle(req, res, toApp)) toApp();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

type Answer = { status: number; headers: IncomingHttpHeaders; state: string | null; csp: string | null; body: string };

/** A request as a load balancer passes it on: every instance sees the site's one host name. */
function get(url: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: { host: "sigap.test", ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const one = (name: string) => (res.headers[name] as string | undefined) ?? null;
        resolve({
          status: res.statusCode!,
          headers: res.headers,
          state: one("x-sigap-cache"),
          csp: one("content-security-policy"),
          body: Buffer.concat(chunks).toString("utf8"),
        });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

/** Milliseconds from `since` until a view of `url` shows `text`, viewing every 100 ms; Infinity after 10 s. */
async function msUntilShown(url: string, text: string, since: number): Promise<number> {
  while (Date.now() - since < 10_000) {
    if ((await get(url)).body.includes(text)) return Date.now() - since;
    await new Promise((r) => setTimeout(r, 100));
  }
  return Number.POSITIVE_INFINITY;
}

let a: string;
let b: string;
let incidentId: string;
let investigator: ReturnType<typeof callerFor>;

beforeAll(async () => {
  t = await createTestDb();
  investigator = callerFor(t.db, actorOf(await createUser(t.db, "investigator")));
  const first = await createComplaint(t.db, { contactName: "Siti Rahmawati", contactEmail: "siti@example.com" });
  const second = await createComplaint(t.db, { joinComplaintId: first.complaintId, contactEmail: "budi@example.com" });
  incidentId = second.incidentId!;
  await t.db
    .update(incidents)
    .set({ state: "confirmed", isPublic: true, titleId: "Server e-HAC tidak dapat diakses" })
    .where(eq(incidents.id, incidentId));
  await investigator.incident.postUpdate({ incidentId, status: "investigating", body: "Ombudsman memeriksa antrean di Terminal 3." });
  [a, b] = [await instance(), await instance()];
});

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  await t.destroy();
});

describe("the shared public cache", () => {
  it("renders the board once for every viewer on every instance, and shows an update posted elsewhere on each of them within 5 s", async () => {
    const first = await get(`${a}/insiden`);
    expect(first).toMatchObject({ status: 200, state: "MISS" });
    expect(first.body).toContain("Ombudsman memeriksa antrean di Terminal 3.");
    for (let i = 0; i < 5; i++) expect((await get(`${a}/insiden`)).state).toBe("HIT");
    // The other instance finds the copy the first one rendered (PostgreSQL or PGlite, the same table).
    expect((await get(`${b}/insiden`)).state).toBe("HIT");
    expect(renders).toBe(1);

    // An investigator posts an update (through neither instance's cache): each instance shows it within 5 s.
    const posted = Date.now();
    await investigator.incident.postUpdate({ incidentId, status: "identified", body: "Server e-HAC pulih sebagian; antrean berkurang." });
    expect(await msUntilShown(`${b}/insiden`, "Server e-HAC pulih sebagian", posted)).toBeLessThan(5000);
    expect(await msUntilShown(`${a}/insiden`, "Server e-HAC pulih sebagian", posted)).toBeLessThan(5000);
    // One render for the change, shared by both instances.
    expect(renders).toBe(2);
  });

  it("serves a page whose only change is its counts while it re-renders, at most once per interval, in the background", async () => {
    await get(`${a}/insiden`);
    const rendersBefore = renders;
    const countOf = (body: string) => Number(/\((\d+)\)/.exec(body)?.[1]);
    const shown = countOf((await get(`${a}/insiden`)).body);
    await createComplaint(t.db, { joinIncidentId: incidentId, contactEmail: "citra@example.com" });
    const [row] = await t.db.select({ n: incidents.reportCount }).from(incidents).where(eq(incidents.id, incidentId));
    expect(row!.n).toBe(shown + 1);
    // Within the interval the copy stands; after it, one view gets the old copy while the new one renders.
    await new Promise((r) => setTimeout(r, 2100));
    const stale = await get(`${a}/insiden`);
    expect(stale.state).toBe("STALE");
    expect(countOf(stale.body)).toBe(shown);
    let fresh = stale;
    for (let i = 0; i < 50 && countOf(fresh.body) !== shown + 1; i++) {
      await new Promise((r) => setTimeout(r, 50));
      fresh = await get(`${a}/insiden`);
    }
    expect(countOf(fresh.body)).toBe(shown + 1);
    expect(renders).toBe(rendersBefore + 1);
  });

  it("reads the versions at most once per reuse period, and never makes a view wait while the previous read is recent", async () => {
    let clock = 1_000_000;
    const read = tagVersionReader(t.db, { reuseMs: 250, answerWhileReadingMs: 2000 }, () => clock);
    const before = await read();
    await investigator.incident.postUpdate({ incidentId, status: "identified", body: "Antrean dipantau." });
    // Within the reuse period the last read answers, without the change.
    clock += 100;
    expect(await read()).toEqual(before);
    // After it, the view still gets the last read at once, and the next read starts behind it.
    clock += 400;
    expect(await read()).toEqual(before);
    let after = before;
    for (let i = 0; i < 100 && after.incidents === before.incidents; i++) {
      await new Promise((r) => setTimeout(r, 20));
      after = await read();
    }
    expect(after.incidents).toBeGreaterThan(before.incidents!);
    // With no read for longer than answerWhileReadingMs, a view waits for a new read and sees every change.
    await investigator.incident.postUpdate({ incidentId, status: "identified", body: "Antrean dipantau lagi." });
    clock += 5000;
    expect((await read()).incidents).toBeGreaterThan(after.incidents!);
  });

  it("sends a cached page with a CSP naming its framework script's hash alone, never a nonce or 'unsafe-inline'", async () => {
    const view = await get(`${a}/insiden`);
    const hash = createHash("sha256").update(INLINE).digest("base64");
    expect(view.csp).toContain(`script-src 'self' 'sha256-${hash}';`);
    expect(view.csp).not.toContain(createHash("sha256").update(INJECTED).digest("base64"));
    expect(view.csp).not.toMatch(/nonce|unsafe-inline'[^;]*;\s*style/);
  });

  it("never serves a signed-in request from the cache nor stores what it was shown", async () => {
    const before = await t.db.select({ n: sql<number>`count(*)::int` }).from(publicCacheEntries);
    const staff = await get(`${a}/statistik`, { cookie: "authjs.session-token=abc" });
    expect(staff.state).toBeNull();
    expect(staff.body).toContain("Staff view");
    const stored = await t.db.select().from(publicCacheEntries).where(like(publicCacheEntries.key, "%/statistik%"));
    expect(stored).toEqual([]);
    expect(await t.db.select({ n: sql<number>`count(*)::int` }).from(publicCacheEntries)).toEqual(before);
    // The same page for an anonymous visitor is rendered without the staff view (no cookie reaches the render).
    const anonymous = await get(`${a}/statistik`);
    expect(anonymous.state).toBe("MISS");
    expect(anonymous.body).not.toContain("Staff view");
  });

  it("keeps nothing of the reporters in what it stores", async () => {
    await get(`${b}/insiden`);
    const rows = await t.db.select().from(publicCacheEntries);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const text = row.body.toString("utf8");
      for (const secret of ["Siti Rahmawati", "siti@example.com", "budi@example.com", "Andi Wijaya"]) expect(text).not.toContain(secret);
    }
  });

  it("leaves junk query parameters, framework navigations and other methods to the app, uncached", async () => {
    expect((await get(`${a}/insiden?x=${Math.random()}`)).state).toBeNull();
    expect((await get(`${a}/insiden`, { rsc: "1" })).state).toBeNull();
    expect((await get(`${a}/insiden`, {}, "POST")).state).toBeNull();
    expect((await get(`${a}/track/ABC`)).state).toBeNull();
  });

  it("sends a visitor who chose English to the English URL, which is cached apart", async () => {
    const res = await get(`${a}/insiden`, { cookie: "NEXT_LOCALE=en" });
    expect(res.status).toBe(307);
    expect(res.headers.location).toBe("/en/insiden");
    expect(res.headers["cache-control"]).toBe("private, no-store");
    expect((await get(`${a}/en/insiden`)).state).toBe("MISS");
    // Served from its own entry from then on. A change the earlier tests committed may reach this instance's version
    // reads only now (they are shared for up to 2 s): that view renders the page again, the next are HITs.
    let state: string | null = null;
    for (let i = 0; i < 30 && state !== "HIT"; i++) {
      state = (await get(`${a}/en/insiden`)).state;
      if (state !== "HIT") await new Promise((r) => setTimeout(r, 100));
    }
    expect(state).toBe("HIT");
  });

  it("keys a page by the query as the page reads it: order, repeats and values it ignores make no entry of their own (fails before: each spelling was rendered and stored)", async () => {
    const spellings = [
      "/laporan?year=2021&q=banjir",
      "/laporan?q=banjir&year=2021",
      "/laporan?q=%20banjir%20&year=2021&year=1999",
      "/laporan?year=2021&q=banjir&type=nonsense",
      "/laporan",
      "/laporan?year=abc",
    ];
    for (const spelling of spellings) expect((await get(`${a}${spelling}`)).status).toBe(200);
    const keys = await t.db
      .select({ key: publicCacheEntries.key })
      .from(publicCacheEntries)
      .where(like(publicCacheEntries.key, "sigap.test/laporan%"));
    expect(keys.map((k) => k.key).sort()).toEqual(["sigap.test/laporan", "sigap.test/laporan?q=banjir&year=2021"]);
    // Rendered by the query as the page reads it, never as it was spelt.
    const laporan = renderedPaths.filter((p) => p.startsWith("/laporan"));
    expect(new Set(laporan)).toEqual(new Set(["/laporan?q=banjir&year=2021", "/laporan"]));
  });

  it("keeps at most so many shared entries per kind of page and in all, the oldest going first (fails before: no bound)", async () => {
    await t.db.delete(publicCacheEntries);
    const bounded = await instance({ perRoute: 3, total: 5 });
    for (const q of ["a", "b", "c", "d", "e"]) await get(`${bounded}/laporan?q=${q}`);
    const reports = await t.db.select({ key: publicCacheEntries.key }).from(publicCacheEntries).where(eq(publicCacheEntries.route, "reports"));
    expect(reports.map((r) => r.key.replace(/^.*q=/, "")).sort()).toEqual(["c", "d", "e"]);
    for (const from of ["2021-01-01", "2021-02-01", "2021-03-01"]) await get(`${bounded}/statistik?from=${from}`);
    const all = await t.db.select({ key: publicCacheEntries.key, route: publicCacheEntries.route }).from(publicCacheEntries);
    expect(all).toHaveLength(5);
    expect(all.filter((e) => e.route === "statistics")).toHaveLength(3);
  });

  it("renders pages not cached yet a few at a time beside each other, and hands the rest to the app instead of a queue (fails before: every first render waited for all before it)", async () => {
    const lane = await instance(undefined, 2);
    mostInFlight = 0;
    const started = Date.now();
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => get(`${lane}/laporan?q=slow${i}-${started}`)));
    const took = Date.now() - started;
    expect(answers.every((r) => r.status === 200)).toBe(true);
    expect(answers.filter((r) => r.state === "MISS")).toHaveLength(2);
    // The other four were answered by the app itself (no cache header), at the same time, not one after another.
    expect(answers.filter((r) => r.state === null)).toHaveLength(4);
    expect(took).toBeLessThan(SLOW_MS * 3);
    // The cache's two renders ran at the same time.
    expect(mostInFlight).toBe(2);
  });
});
