import http from "node:http";
import type { AddressInfo } from "node:net";
import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { selectRows } from "@/server/db/rows";
import { auditLog, complaints, incidents, monitorChecks, monitorOutages, monitorRollups, monitors, services } from "@/server/db/schema";
import { makeDomainCtx } from "@/server/domain/context";
import { anyAddress, publicAddressesOnly, type Resolver } from "@/server/domain/monitor/address-guard";
import { runCheck, type CheckNetwork, type CheckTarget } from "@/server/domain/monitor/http-check";
import { rollUpChecks } from "@/server/domain/monitor/roll-up";
import { applyRetention } from "@/server/domain/privacy/apply-retention";
import { runDueChecks } from "@/server/domain/monitor/run-due";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { actorOf, callerFor, createAgency, createUser } from "@/tests/helpers/factories";
import { createComplaint } from "@/tests/helpers/complaints";
import { isLoopback, recordConnectionAttempts } from "@/tests/helpers/connections";

/** A stand-in for DNS: names map to the addresses a hostile or broken resolver might answer; nothing is looked up. */
const STUB_DNS: Record<string, string[]> = {
  "status.example.test": ["127.0.0.1"],
  "metadata.example.test": ["169.254.169.254"],
  "intranet.example.test": ["10.0.0.1"],
  // A name with one public and one private answer: the private one must refuse it all.
  "split.example.test": ["93.184.216.34", "10.0.0.1"],
};
const resolved: string[] = [];
const stubResolver: Resolver = async (name) => {
  resolved.push(name);
  const answer = STUB_DNS[name];
  if (!answer) throw new Error(`ENOTFOUND ${name}`);
  return answer;
};
const network = (policy: CheckNetwork["policy"]): CheckNetwork => ({ resolver: stubResolver, policy, userAgent: "SigapMonitor/test" });

/** The service under watch: answers 200 "e-HAC siap", 503, or a redirect, as the test says; counts what it served. */
let mode: { kind: "ok" } | { kind: "fail" } | { kind: "redirect"; to: string; times?: number } = { kind: "ok" };
const served: Array<{ path: string; userAgent: string | undefined }> = [];
const server = http.createServer((req, res) => {
  served.push({ path: req.url ?? "", userAgent: req.headers["user-agent"] });
  if (mode.kind === "fail") return res.writeHead(503).end("maintenance");
  if (mode.kind === "redirect" && !req.url?.startsWith("/ok")) {
    const hop = Number(new URL(req.url ?? "/", "http://x").searchParams.get("hop") ?? 0);
    const to = mode.times !== undefined && hop < mode.times ? `/loop?hop=${hop + 1}` : mode.to;
    return res.writeHead(302, { location: to }).end();
  }
  res.writeHead(200, { "content-type": "text/html" }).end("<h1>e-HAC siap</h1>");
});
let base = "";

let t: TestDb;
let serviceId: string;
const placeIds: Record<string, string> = {};
let admin: Awaited<ReturnType<typeof createUser>>;
let clock = new Date("2026-03-02T23:00:00Z"); // 06:00 WIB
const ctx = () => makeDomainCtx({ db: t.db, now: () => clock });
const tick = (seconds: number) => (clock = new Date(clock.getTime() + seconds * 1000));

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  t = await createTestDb();
  const agency = await createAgency(t.db);
  const [service] = await t.db
    .insert(services)
    .values({ agencyId: agency.id, code: "ehac-monitor", nameId: "e-HAC", nameEn: "e-HAC", topicCode: "health" })
    .returning();
  serviceId = service!.id;
  admin = await createUser(t.db, "admin");
  const caller = callerFor(t.db, actorOf(admin));
  for (const [slug, name, lat, lng] of [
    ["t2-monitor", "Terminal 2", -6.1256, 106.6559],
    ["t3-monitor", "Terminal 3", -6.1187, 106.6636],
  ] as const)
    placeIds[name] = (await caller.admin.createPlace({ slug, name, lat, lng })).id;
});
afterAll(async () => {
  server.close();
  await t.destroy();
});

async function addMonitor(url: string, extra: Record<string, unknown> = {}) {
  // As under MONITOR_ALLOW_PRIVATE: the watched server is this test's own, on loopback.
  const caller = callerFor(t.db, actorOf(admin), "id", { monitorAllowPrivate: true });
  const { id } = await caller.monitor.create({ serviceId, name: `e-HAC ${url}`, url, expectText: "e-HAC siap", ...extra });
  // Due now, so each tick below runs exactly one check.
  await t.db.update(monitors).set({ nextDueAt: clock }).where(eq(monitors.id, id));
  return id;
}

/** One interval on the moved clock: every due check runs and is recorded. */
async function nextInterval(policy: CheckNetwork["policy"] = anyAddress) {
  const result = await runDueChecks({ ctx: ctx(), network: network(policy) });
  tick(60);
  return result;
}

describe("service monitors", () => {
  it("opens an outage on the third failure, joins it to the service's incident with that window's reports, closes it on recovery", async () => {
    const monitorId = await addMonitor(`${base}/ehac`);
    mode = { kind: "ok" };
    await nextInterval();
    await nextInterval();
    // People in the queue report while the service still answers the monitor.
    const reports = [];
    for (const place of ["Terminal 2", "Terminal 3", "Terminal 3"])
      reports.push(
        await createComplaint(
          t.db,
          { serviceId, placeId: placeIds[place], description: `Server e-HAC tidak bisa diakses di ${place}, antre lama.` },
          clock,
        ),
      );

    mode = { kind: "fail" };
    const firstFailure = clock;
    expect((await nextInterval()).opened).toBe(0);
    expect((await nextInterval()).opened).toBe(0);
    const third = await nextInterval();
    expect(third.opened).toBe(1); // within three intervals of the first failure

    const [outage] = await t.db.select().from(monitorOutages).where(eq(monitorOutages.monitorId, monitorId));
    expect(outage).toMatchObject({ startedAt: firstFailure, endedAt: null, failedChecks: 3, lastError: "status" });
    expect(outage!.incidentId).not.toBeNull();
    const linked = await t.db
      .select({ id: complaints.id, incidentId: complaints.incidentId })
      .from(complaints)
      .where(eq(complaints.serviceId, serviceId));
    expect(linked.map((c) => c.incidentId)).toEqual(reports.map(() => outage!.incidentId));
    const [incident] = await t.db.select().from(incidents).where(eq(incidents.id, outage!.incidentId!));
    expect(incident).toMatchObject({ serviceId, state: "candidate", reportCount: 3 });

    // A report filed during the outage finds the same incident.
    const later = await createComplaint(
      t.db,
      { serviceId, placeId: placeIds["Terminal 3"], description: "e-HAC masih error, petugas minta isi kertas." },
      clock,
    );
    expect(later.incidentId).toBe(outage!.incidentId);

    await nextInterval(); // a fourth failure lengthens the outage
    mode = { kind: "ok" };
    const recoveredAt = clock;
    expect((await nextInterval()).closed).toBe(1); // within one interval of recovery
    const [closed] = await t.db.select().from(monitorOutages).where(eq(monitorOutages.id, outage!.id));
    expect(closed).toMatchObject({ endedAt: recoveredAt, failedChecks: 4 });
    const events = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, monitorId))
      .orderBy(asc(auditLog.occurredAt));
    expect(events.map((e) => e.action)).toEqual(["monitor.create", "monitor.outage_open", "monitor.outage_close"]);

    // A second outage of the same service while the incident is open joins it too.
    mode = { kind: "fail" };
    for (let i = 0; i < 3; i++) await nextInterval();
    const outages = await t.db.select().from(monitorOutages).where(eq(monitorOutages.monitorId, monitorId));
    expect(outages).toHaveLength(2);
    expect(new Set(outages.map((o) => o.incidentId))).toEqual(new Set([outage!.incidentId]));
    mode = { kind: "ok" };
    await nextInterval();
  });

  it("rolls checks up per minute and per hour with counts, failures and latency percentiles", async () => {
    const countChanges = async () => (await selectRows<{ n: number }>(t.db, sql`select count(*)::int as n from public_count_changes`))[0]!.n;
    const changesBefore = await countChanges();
    await rollUpChecks({ ctx: ctx() });
    // New figures move the public pages' counts (the board's uptime), once per statement.
    expect(await countChanges()).toBeGreaterThan(changesBefore);
    const raw = await t.db.select().from(monitorChecks).orderBy(asc(monitorChecks.checkedAt));
    expect(raw).toHaveLength(11); // 2 passed, 4 failed, 1 passed, 3 failed, 1 passed
    const minutes = await t.db.select().from(monitorRollups).where(eq(monitorRollups.grain, "minute"));
    expect(minutes.reduce((n, r) => n + r.checks, 0)).toBe(raw.length);
    expect(minutes.reduce((n, r) => n + r.failures, 0)).toBe(raw.filter((r) => !r.ok).length);
    const hours = await t.db.select().from(monitorRollups).where(eq(monitorRollups.grain, "hour"));
    for (const hour of hours) {
      const inHour = raw.filter(
        (r) => r.monitorId === hour.monitorId && r.checkedAt.getTime() - hour.bucketStart.getTime() < 3600_000 && r.checkedAt >= hour.bucketStart,
      );
      const sorted = inHour.map((r) => r.latencyMs).sort((a, b) => a - b);
      // percentile_disc: the first value whose cumulative share reaches p.
      const disc = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
      expect(hour).toMatchObject({
        checks: inHour.length,
        failures: inHour.filter((r) => !r.ok).length,
        p50Ms: disc(0.5),
        p95Ms: disc(0.95),
        maxMs: sorted.at(-1),
      });
    }
    // Running again changes nothing, and leaves cached pages alone.
    const changesAfter = await countChanges();
    await rollUpChecks({ ctx: ctx() });
    expect(await t.db.select().from(monitorRollups).where(eq(monitorRollups.grain, "hour"))).toEqual(hours);
    expect(await countChanges()).toBe(changesAfter);
  });

  it("keeps raw checks 7 days and per-minute roll-ups 30 under the retention schedule; hours and outages stay", async () => {
    const DAY = 86_400_000;
    const count = async () =>
      (
        await selectRows<{ raw: number; minutes: number; hours: number; outages: number }>(
          t.db,
          sql`select (select count(*)::int from monitor_checks) as raw, (select count(*)::int from monitor_rollups where grain = 'minute') as minutes,
                (select count(*)::int from monitor_rollups where grain = 'hour') as hours, (select count(*)::int from monitor_outages) as outages`,
        )
      )[0]!;
    const before = await count();
    const at = (days: number) => makeDomainCtx({ db: t.db, now: () => new Date(clock.getTime() + days * DAY) });
    expect(await applyRetention({ ctx: at(6) })).toMatchObject({ monitorChecks: 0, monitorMinutes: 0 });
    expect(await applyRetention({ ctx: at(8) })).toMatchObject({ monitorChecks: before.raw, monitorMinutes: 0 });
    expect(await count()).toEqual({ ...before, raw: 0 });
    expect(await applyRetention({ ctx: at(31) })).toMatchObject({ monitorChecks: 0, monitorMinutes: before.minutes });
    expect(await count()).toEqual({ ...before, raw: 0, minutes: 0 });
    const audit = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(sql`${auditLog.action} like 'retention.delete_monitor_%'`);
    expect(audit.map((a) => a.action).sort()).toEqual(["retention.delete_monitor_checks", "retention.delete_monitor_minutes"]);
  });

  it("refuses loopback, private, link-local and metadata addresses before opening any connection, redirects included", async () => {
    const target = (url: string): CheckTarget => ({
      url,
      method: "GET",
      expectStatusMin: 200,
      expectStatusMax: 399,
      expectText: null,
      timeoutMs: 2000,
    });
    const recorder = recordConnectionAttempts();
    try {
      const before = served.length;
      for (const url of [
        `${base}/`,
        "http://10.0.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[fd00:ec2::254]/",
        "http://100.100.100.200/latest/meta-data/",
        "http://status.example.test/",
        "http://metadata.example.test/latest/meta-data/",
        "http://intranet.example.test/",
        "http://split.example.test/",
      ]) {
        expect(await runCheck(target(url), network(publicAddressesOnly)), url).toMatchObject({
          ok: false,
          error: "refused_address",
          statusCode: null,
        });
      }
      expect(resolved).toEqual(
        expect.arrayContaining(["status.example.test", "metadata.example.test", "intranet.example.test", "split.example.test"]),
      );
      expect(served.length).toBe(before); // the local server was never reached
      expect(recorder.attempts).toEqual([]);

      // Through a redirect: the test server itself is let through, and its redirect to a private target is refused.
      const testServerOnly = (ip: string) => ip === "127.0.0.1" || publicAddressesOnly(ip);
      for (const to of ["http://metadata.example.test/latest/meta-data/", "http://10.0.0.1/admin", "http://intranet.example.test/"]) {
        mode = { kind: "redirect", to };
        const hops = served.length;
        expect(await runCheck(target(`${base}/start`), network(testServerOnly)), to).toMatchObject({ ok: false, error: "refused_address" });
        expect(served.length).toBe(hops + 1);
      }
      // A resolver that never answers ends with the check's timeout, having connected nowhere.
      const silent: CheckNetwork = { resolver: () => new Promise<string[]>(() => {}), policy: publicAddressesOnly, userAgent: "SigapMonitor/test" };
      expect(await runCheck({ ...target("http://slow-dns.example.test/"), timeoutMs: 1000 }, silent)).toMatchObject({ ok: false, error: "timeout" });
      // Three redirects are followed, a fourth is not.
      mode = { kind: "redirect", to: "/ok", times: 4 };
      expect(await runCheck(target(`${base}/loop?hop=0`), network(testServerOnly))).toMatchObject({ ok: false, error: "redirects" });
      mode = { kind: "redirect", to: "/ok", times: 2 };
      expect(await runCheck(target(`${base}/loop?hop=0`), network(testServerOnly))).toMatchObject({ ok: true, statusCode: 200 });
      expect(served.at(-1)).toMatchObject({ path: "/ok", userAgent: "SigapMonitor/test" });
      expect(recorder.attempts.length).toBeGreaterThan(0);
      expect(recorder.attempts.filter((ip) => !isLoopback(ip))).toEqual([]);
    } finally {
      recorder.stop();
      mode = { kind: "ok" };
    }
  });

  it("stores a refused check as a failure of the monitor, and refuses bad monitor input field by field", async () => {
    const monitorId = await addMonitor("http://metadata.example.test/latest/meta-data/");
    const recorder = recordConnectionAttempts();
    try {
      await nextInterval(publicAddressesOnly);
    } finally {
      recorder.stop();
    }
    expect(recorder.attempts).toEqual([]);
    const [check] = await t.db.select().from(monitorChecks).where(eq(monitorChecks.monitorId, monitorId));
    expect(check).toMatchObject({ ok: false, error: "refused_address" });
    await t.db.update(monitors).set({ isActive: false }).where(eq(monitors.id, monitorId));

    const caller = callerFor(t.db, actorOf(admin));
    await expect(
      caller.monitor.create({
        serviceId,
        name: "x",
        url: "file:///etc/passwd",
        intervalSeconds: 10,
        method: "HEAD",
        expectText: "ok",
        timeoutMs: 40_000,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const issues = await caller.monitor
      .create({ serviceId, name: "e-HAC", url: "ftp://ehac.example.test/", intervalSeconds: 10 })
      .catch((e: { cause?: { issues?: Array<{ path: string[]; message: string }> } }) =>
        e.cause?.issues?.map((i) => `${i.path.join(".")}: ${i.message}`),
      );
    expect(issues).toEqual(["url: errors.monitorUrl", "intervalSeconds: errors.monitorInterval"]);
    // An address typed as such is refused at once, field by field.
    for (const url of ["http://127.0.0.1:8080/", "http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/"])
      await expect(caller.monitor.create({ serviceId, name: "internal", url })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        cause: { fieldErrors: { url: ["errors.monitorPrivate"] } },
      });
    const staff = callerFor(t.db, actorOf(await createUser(t.db, "investigator")));
    await expect(staff.monitor.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
    const list = await caller.monitor.list();
    expect(list.find((m) => m.id === monitorId)).toMatchObject({ active: false, lastOk: false, lastError: "refused_address" });
  });
});

describe("claims", () => {
  it("runs each due check once when two workers claim at the same time", async () => {
    await t.db.update(monitors).set({ isActive: false });
    const id = await addMonitor(`${base}/twice`);
    const before = served.length;
    const [a, b] = await Promise.all([
      runDueChecks({ ctx: ctx(), network: network(anyAddress) }),
      runDueChecks({ ctx: ctx(), network: network(anyAddress) }),
    ]);
    expect(a.checked + b.checked).toBe(1);
    expect(served.length).toBe(before + 1);
    const rows = await selectRows<{ n: number }>(t.db, sql`select count(*)::int as n from monitor_checks where monitor_id = ${id}::uuid`);
    expect(rows[0]!.n).toBe(1);
    const [m] = await t.db
      .select({ nextDueAt: monitors.nextDueAt })
      .from(monitors)
      .where(and(eq(monitors.id, id)));
    expect(m!.nextDueAt.getTime()).toBe(clock.getTime() + 60_000);
  });
});
