import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { selectRows } from "@/server/db/rows";
import { seedDemo } from "@/server/seed";
import { makeDomainCtx } from "@/server/domain/context";
import { MIN_CELL } from "@/server/domain/open-data/datasets";
import { exportDataset } from "@/server/domain/open-data/export";
import { createComplaint } from "@/tests/helpers/complaints";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { callerFor } from "@/tests/helpers/factories";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  // A reporter whose details must never surface, on a day and place of their own (a cell of one).
  await createComplaint(t.db, {
    contactName: "Wulan Pertiwi Rahasia",
    contactEmail: "wulan.rahasia@example.net",
    contactPhone: "+628777000555",
    occurredAt: new Date().toISOString(),
  });
});
afterAll(() => t.destroy());

const download = async (file: string) => (await exportDataset({ ctx: makeDomainCtx({ db: t.db }), input: { file } })).body;

describe("open data", () => {
  it("publishes CSV with the declared columns and the rows SQL counts", async () => {
    const { datasets } = await callerFor(t.db, null).openData.catalog();
    for (const d of datasets) {
      const rows = parse<Record<string, string>>(await download(`${d.name}.csv`), { columns: true });
      const json = JSON.parse(await download(`${d.name}.json`)) as { rows: unknown[]; columns: string[]; licence: string };
      expect(json.licence).toMatch(/CC BY 4\.0/);
      expect(json.columns).toEqual(d.columns);
      expect(rows.length).toBe(json.rows.length);
      if (rows.length) expect(Object.keys(rows[0]!)).toEqual(d.columns);
    }
    const incidents = parse<Record<string, string>>(await download("incidents.csv"), { columns: true });
    const [publicIncidents] = await selectRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from incidents where is_public and state = 'confirmed'`,
    );
    expect(incidents).toHaveLength(publicIncidents!.n);
    expect(incidents.find((i) => i.service?.startsWith("e-HAC"))).toMatchObject({ status: "resolved", severity: "major" });
  });

  it("holds no reporter name, email, phone, tracking code or report text, and no published cell under 5", async () => {
    const contacts = await selectRows<{ name: string | null; email: string | null; phone: string | null }>(
      t.db,
      sql`select name, email, phone from complaint_contacts`,
    );
    const codes = await selectRows<{ tracking_code: string; description: string }>(t.db, sql`select tracking_code, description from complaints`);
    const secrets = [
      ...contacts.flatMap((c) => [c.name, c.email, c.phone]),
      ...codes.map((c) => c.tracking_code),
      ...codes.map((c) => c.description),
    ].filter((s): s is string => Boolean(s) && s!.length >= 6);
    expect(secrets).toContain("wulan.rahasia@example.net");
    for (const file of ["incidents.csv", "incidents.json", "reports.csv", "reports.json", "complaint-counts.csv", "complaint-counts.json"]) {
      const body = await download(file);
      for (const secret of secrets) expect(body.includes(secret), `${file} contains ${secret}`).toBe(false);
    }
    const counts = parse<Record<string, string>>(await download("complaint-counts.csv"), { columns: true });
    expect(counts.some((r) => r.suppressed === "true")).toBe(true);
    expect(new Set(counts.map((r) => r.channel))).toContain("web");
    for (const r of counts) {
      if (r.suppressed === "true") expect(r.complaints).toBe("");
      else expect(Number(r.complaints)).toBeGreaterThanOrEqual(MIN_CELL);
    }
    // Published and suppressed cells together account for every complaint SQL groups the same way.
    const [total] = await selectRows<{ cells: number; published: number }>(
      t.db,
      sql`select count(*)::int as cells, coalesce(sum(n) filter (where n >= ${MIN_CELL}), 0)::int as published from (
            select count(*) as n from complaints c group by to_char(c.created_at at time zone 'Asia/Jakarta', 'YYYY-MM-DD'), c.category, c.channel, c.agency_id, c.service_id, c.place_id) g`,
    );
    expect(counts).toHaveLength(total!.cells);
    expect(counts.reduce((s, r) => s + (r.complaints ? Number(r.complaints) : 0), 0)).toBe(total!.published);
  });

  it("answers 404 for an unknown dataset", async () => {
    await expect(download("passwords.csv")).rejects.toMatchObject({ kind: "NOT_FOUND" });
    await expect(download("../etc/passwd")).rejects.toMatchObject({ kind: "NOT_FOUND" });
  });
});

describe("incident board and scorecards", () => {
  it("shows the e-HAC outage with its updates, and a 90-day strip per service", async () => {
    const board = await callerFor(t.db, null).incident.board();
    const ehac = [...board.active, ...board.resolved].find((i) => i.title.en.includes("e-HAC"))!;
    expect(ehac).toMatchObject({ status: "resolved", severity: "major", agency: { slug: "kemenkes" } });
    expect(ehac.updates.map((u) => u.status)).toEqual(["investigating", "identified", "identified", "monitoring", "resolved"]);
    expect(ehac.updates.filter((u) => u.byAgency)).toHaveLength(1);
    expect(JSON.stringify(board)).not.toContain("@example");
    for (const h of board.history) expect(h.days).toHaveLength(90);
  });

  it("agrees with counts computed directly in SQL", async () => {
    const card = await callerFor(t.db, null).stats.scorecard({ slug: "kemenkes" });
    const [sqlFigures] = await selectRows<{ requests: number; on_time: number; answered: number }>(
      t.db,
      sql`select count(*)::int as requests, count(*) filter (where r.answered_at <= r.due_at)::int as on_time, count(r.answered_at)::int as answered
          from clarification_requests r join agencies a on a.id = r.agency_id where a.slug = 'kemenkes' and r.status <> 'withdrawn'`,
    );
    expect(card).toMatchObject({
      requests: sqlFigures!.requests,
      answeredOnTime: sqlFigures!.on_time,
      answered: sqlFigures!.answered,
      onTimePct: 100,
    });
    expect(card.medianAnswerDays).toBeGreaterThan(8); // asked 19 Dec, answered 28 Dec
    expect(card.recommendations).toMatchObject({ partially_implemented: 1, implemented: 0, pending: 0 });
    const ap2 = await callerFor(t.db, null).stats.scorecard({ slug: "angkasa-pura-ii" });
    expect(ap2.recommendations.implemented).toBe(1);
    await expect(callerFor(t.db, null).stats.scorecard({ slug: "no-such-agency" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("published reports list and Atom feed", () => {
  it("searches and filters published reports", async () => {
    const anonymous = callerFor(t.db, null);
    const all = await anonymous.report.publishedList({});
    expect(all.map((r) => r.title)).toEqual(["Evaluasi gangguan e-HAC di Bandara Soekarno-Hatta, 19–20 Desember 2020"]);
    expect((await anonymous.report.publishedList({ q: "e-HAC" })).length).toBe(1);
    expect((await anonymous.report.publishedList({ q: "kereta" })).length).toBe(0);
    expect((await anonymous.report.publishedList({ agency: "angkasa-pura-ii" })).length).toBe(1);
    expect((await anonymous.report.publishedList({ agency: "kai-commuter" })).length).toBe(0);
    expect((await anonymous.report.publishedList({ year: 2021 })).length).toBe(1);
    expect((await anonymous.report.publishedList({ year: 2022 })).length).toBe(0);
    expect((await anonymous.report.publishedList({ type: "undue_delay" })).length).toBe(1);
    expect((await anonymous.report.publishedList({ type: "discrimination" })).length).toBe(0);
    await expect(anonymous.report.publishedList({ type: "nonsense" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("is valid Atom: the feed and every entry carry the elements RFC 4287 requires", async () => {
    const { XMLParser } = await import("fast-xml-parser");
    const { publishedReportsFeed } = await import("@/server/domain/report/feed");
    const xml = await publishedReportsFeed({ ctx: makeDomainCtx({ db: t.db }), baseUrl: "https://sigap.test" });
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml) as { feed: Record<string, unknown> };
    const feed = doc.feed;
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    const text = (v: unknown): string =>
      typeof v === "string" || typeof v === "number"
        ? String(v)
        : typeof v === "object" && v !== null
          ? text((v as Record<string, unknown>)["#text"])
          : "";
    expect(text(feed.id)).toBe("https://sigap.test/laporan");
    expect(text(feed.title)).toBeTruthy();
    expect(Number.isNaN(Date.parse(text(feed.updated)))).toBe(false);
    expect(feed.author).toBeTruthy(); // required on the feed when entries carry none
    const links = ([] as Array<Record<string, string>>).concat(feed.link as Record<string, string> | Array<Record<string, string>>);
    expect(links.some((l) => l["@rel"] === "self" && l["@href"] === "https://sigap.test/api/feeds/reports")).toBe(true);
    const entries = ([] as Array<Record<string, unknown>>).concat((feed.entry ?? []) as Record<string, unknown> | Array<Record<string, unknown>>);
    expect(entries).toHaveLength(1);
    for (const e of entries) {
      expect(text(e.id)).toMatch(/^https:\/\/sigap\.test\/laporan\/evaluasi-gangguan-e-hac/);
      expect(text(e.title)).toContain("e-HAC");
      expect(Number.isNaN(Date.parse(text(e.updated)))).toBe(false);
      expect((e.link as Record<string, string>)["@href"]).toBe(text(e.id));
    }
  });
});

describe("public statistics", () => {
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = (s.length - 1) / 2;
    return (s[Math.floor(m)]! + s[Math.ceil(m)]!) / 2;
  };

  it("agree with counts and medians computed directly from the rows", async () => {
    const stats = await callerFor(t.db, null).stats.public({});
    const rows = await selectRows<{ category: string; created_at: string; closed_at: string | null; first_at: string | null }>(
      t.db,
      sql`select c.category, c.created_at, c.closed_at,
            (select min(e.created_at) from complaint_stage_events e where e.complaint_id = c.id and e.from_stage is not null) as first_at
          from complaints c`,
    );
    expect(stats.total).toBe(rows.length);
    expect(stats.byCategory.reduce((n, c) => n + c.count, 0)).toBe(rows.length);
    expect(stats.byAgency.reduce((n, c) => n + c.count, 0)).toBe(rows.length);
    expect(stats.overTime.reduce((n, c) => n + c.count, 0)).toBe(rows.length);
    for (const c of stats.byCategory.filter((c) => c.key !== "_other")) {
      expect(c.count).toBe(rows.filter((r) => r.category === c.key).length);
      expect(c.count).toBeGreaterThanOrEqual(5);
    }
    const resolution = rows.filter((r) => r.closed_at).map((r) => (Date.parse(r.closed_at!) - Date.parse(r.created_at)) / 86_400_000);
    expect(stats.medianResolutionDays).toBeCloseTo(median(resolution), 1);
    const firstResponse = rows.filter((r) => r.first_at).map((r) => (Date.parse(r.first_at!) - Date.parse(r.created_at)) / 3_600_000);
    expect(stats.medianFirstResponseHours).toBeCloseTo(median(firstResponse), 1);
    expect(stats.incidentsPerMonth).toEqual([{ month: "2020-12", count: 1 }]);
  });

  it("limits everything to the period asked for", async () => {
    const stats = await callerFor(t.db, null).stats.public({ from: "2020-12-19", to: "2020-12-20" });
    const [count] = await selectRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from complaints where created_at >= '2020-12-19T00:00:00+07:00' and created_at < '2020-12-21T00:00:00+07:00'`,
    );
    expect(stats.total).toBe(count!.n);
    expect(stats.total).toBeGreaterThan(100);
    await expect(callerFor(t.db, null).stats.public({ from: "19/12/2020" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("active incident banner", () => {
  it("lists open major incidents only, until they are resolved", async () => {
    const { actorOf, createUser } = await import("@/tests/helpers/factories");
    const staff = callerFor(t.db, actorOf(await createUser(t.db, "investigator")));
    const anonymous = callerFor(t.db, null);
    expect(await anonymous.incident.activeMajor()).toEqual([]); // the demo outage is resolved
    const first = await createComplaint(t.db);
    const second = await createComplaint(t.db, { joinComplaintId: first.complaintId });
    const incidentId = second.incidentId!;
    const detail = await staff.incident.get({ incidentId });
    await staff.incident.confirm({ incidentId, expectedVersion: detail.version, titleId: "Antrean KRL padat di Manggarai", severity: "minor" });
    expect(await anonymous.incident.activeMajor()).toEqual([]);
    const confirmed = await staff.incident.get({ incidentId });
    await staff.incident.edit({ incidentId, expectedVersion: confirmed.version, severity: "major" });
    expect((await anonymous.incident.activeMajor()).map((i) => i.title.id)).toEqual(["Antrean KRL padat di Manggarai"]);
    await staff.incident.postUpdate({ incidentId, status: "resolved", body: "Antrean kembali normal." });
    expect(await anonymous.incident.activeMajor()).toEqual([]);
  });
});

describe("periodic report", () => {
  it("counts the quarter's reports and outcomes as SQL does, and names agencies that did not answer or implement", async () => {
    const anonymous = callerFor(t.db, null);
    const q4 = await anonymous.stats.periodic({ period: "2020-Q4" });
    const [sqlCounts] = await selectRows<{ received: number; closed: number }>(
      t.db,
      sql`select (select count(*)::int from complaints where created_at >= '2020-10-01T00:00:00+07:00' and created_at < '2021-01-01T00:00:00+07:00') as received,
                 (select count(*)::int from complaints where closed_at >= '2020-10-01T00:00:00+07:00' and closed_at < '2021-01-01T00:00:00+07:00') as closed`,
    );
    expect(q4).toMatchObject({ from: "2020-10-01", to: "2021-01-01", received: sqlCounts!.received, closed: sqlCounts!.closed, incidents: 1 });
    expect(q4.byCategory.reduce((n, r) => n + r.count, 0)).toBe(q4.received);
    expect(q4.outcomes.reduce((n, r) => n + r.count, 0)).toBe(q4.closed);
    // Kemenkes answered on time (28 Dec, due 2 Jan): not listed as uncooperative.
    expect((await anonymous.stats.periodic({ period: "2021-Q1" })).uncooperative.map((a) => a.slug)).not.toContain("kemenkes");
    // The recommendation to Kemenkes was due 31 May 2021 and is only partly implemented.
    expect((await anonymous.stats.periodic({ period: "2021-Q2" })).notImplementing.map((a) => a.slug)).toEqual(["kemenkes"]);
    expect((await anonymous.stats.periodic({ period: "2021" })).reportsPublished).toBe(1);
    await expect(anonymous.stats.periodic({ period: "2021-Q5" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
