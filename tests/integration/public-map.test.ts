import { eq, inArray } from "drizzle-orm";
import { latLngToCell } from "h3-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { complaints } from "@/server/db/schema";
import { cellCenter } from "@/server/domain/map/cells";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { callerFor } from "@/tests/helpers/factories";
import { cellGeometry, expectNoReportLocated, pointKey, seedAirportReports, TERMINAL_3 } from "@/tests/helpers/map-fixture";

let t: TestDb;
let seeded: Awaited<ReturnType<typeof seedAirportReports>>;
beforeAll(async () => {
  t = await createTestDb();
  seeded = await seedAirportReports(t.db, 500);
});
afterAll(() => t.destroy());

const anonymous = () => callerFor(t.db, null);

describe("the public map", () => {
  it("counts 500 reports around one airport in cells of at least 5 reports, and publishes no report's point", async () => {
    const map = await anonymous().map.public({});
    expect(map.total).toBe(seeded.total);
    expect(map.unplaced).toBe(1);
    // Every placed report is in exactly one drawn cell or counted as hidden: none is lost, none counted twice.
    expect(map.cells.reduce((n, c) => n + c.count, 0) + map.hidden).toBe(seeded.total - 1);
    expect(map.cells.length).toBeGreaterThan(3);
    const json = JSON.stringify(map);
    expectNoReportLocated(json, map.cells, seeded.pins);
    for (const c of map.cells) expect(c.areaKm2).toBeGreaterThanOrEqual(1);
    // The lone reports in Bogor and Bandung are merged or hidden, never a cell of their own.
    for (const p of seeded.lone) {
      const fine = latLngToCell(p.lat, p.lng, 7);
      expect(map.cells.some((c) => c.id === fine)).toBe(false);
    }
    // Every coordinate published is the geometry of a drawn cell, the centre of an incident's cell, or a named place.
    const allowed = new Set(
      [
        ...map.cells.flatMap((c) => cellGeometry(c.id)),
        ...map.markers.map((m) => [m.center.lat, m.center.lng]),
        ...map.landmarks.map((l) => [l.lat, l.lng]),
      ].map(([a, b]) => pointKey(a!, b!)),
    );
    const published = [
      ...map.cells.flatMap((c) => [...c.outline, [c.center.lat, c.center.lng]]),
      ...map.markers.map((m) => [m.center.lat, m.center.lng]),
    ];
    for (const [a, b] of published) expect(allowed.has(pointKey(a!, b!)), `${a}, ${b}`).toBe(true);
  });

  it("tells Terminal 3 from Terminal 2, and shows a public incident at its place's cell, never a private one", async () => {
    const map = await anonymous().map.public({});
    const t3 = latLngToCell(TERMINAL_3.lat, TERMINAL_3.lng, 7);
    expect(map.cells.find((c) => c.id === t3)?.label).toBe(seeded.terminal3);
    expect(map.markers.map((m) => m.code)).toContain(seeded.publicIncident);
    expect(map.markers.map((m) => m.code)).not.toContain(seeded.privateIncident);
    const marker = map.markers.find((m) => m.code === seeded.publicIncident)!;
    expect(marker.center).toEqual(cellCenter(t3));
    expect(marker.center).not.toEqual(TERMINAL_3);
  });

  it("draws one public incident's own reports, and nothing for a private incident's code", async () => {
    const own = await anonymous().map.public({ incident: seeded.publicIncident.toLowerCase() });
    expect(own.total).toBe(50);
    expect(own.markers.map((m) => m.code)).toEqual([seeded.publicIncident]);
    expectNoReportLocated(JSON.stringify(own), own.cells, seeded.pins);
    const hidden = await anonymous().map.public({ incident: seeded.privateIncident });
    expect(hidden).toMatchObject({ total: 0, cells: [], markers: [] });
  });

  it("filters by topic, status and period, the same way for reports and incidents", async () => {
    const ids = (
      await t.db.select({ id: complaints.id }).from(complaints).where(eq(complaints.description, "Antrean panjang, server e-HAC mati."))
    ).map((r) => r.id);
    await t.db
      .update(complaints)
      .set({ topicCode: "health" })
      .where(inArray(complaints.id, ids.slice(0, 120)));
    expect((await anonymous().map.public({ topic: "health" })).total).toBe(120);
    expect((await anonymous().map.public({ topic: "transport" })).total).toBe(0);
    expect((await anonymous().map.public({ status: "closed" })).total).toBe(0);
    expect((await anonymous().map.public({ status: "open" })).total).toBe(seeded.total);
    // Filed today: a period in 2019 holds none of them, and no incident.
    const old = await anonymous().map.public({ from: "2019-01-01", to: "2019-12-31" });
    expect(old).toMatchObject({ total: 0, cells: [], markers: [] });
    expect((await anonymous().map.public({ from: "", to: "", topic: "", status: "" })).total).toBe(seeded.total);
  });

  it("refuses a malformed filter as a field error, not a failure", async () => {
    await expect(anonymous().map.public({ from: "19-12-2020" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(anonymous().map.public({ status: "everything" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
