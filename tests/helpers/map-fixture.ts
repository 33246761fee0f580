import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import { cellToBoundary, cellToLatLng, getResolution, isValidCell } from "h3-js";
import { complaints, incidentPlaces, incidents, places } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import { seededRandom } from "@/server/seed/random";

/** Soekarno-Hatta's Terminal 2 and Terminal 3, the demo's own points. */
export const TERMINAL_2 = { lat: -6.1256, lng: 106.6559 };
export const TERMINAL_3 = { lat: -6.1187, lng: 106.6636 };

export type Pin = { lat: number; lng: number; confidential: boolean };

/**
 * `count` reports around the airport, as people in its queues file them: most with a pin within a few km, the rest
 * naming a terminal; most confidential. Beside them, lone reports elsewhere (one in Bogor, two in Bandung) that no
 * map may point at, and one with no location. A public incident at Terminal 3 holds 50 of them; a private one at
 * Terminal 2 holds 10.
 */
export async function seedAirportReports(db: Db, count = 500) {
  const rnd = seededRandom(count);
  const suffix = randomBytes(3).toString("hex");
  const [t2, t3] = await db
    .insert(places)
    .values([
      { slug: `t2-${suffix}`, name: `Terminal 2 ${suffix}`, city: "Kota Tangerang", province: "Banten", ...TERMINAL_2 },
      { slug: `t3-${suffix}`, name: `Terminal 3 ${suffix}`, city: "Kota Tangerang", province: "Banten", ...TERMINAL_3 },
    ])
    .returning();
  const code = (n: number) => `${suffix.toUpperCase().slice(0, 4)}-${String(n).padStart(4, "0")}-${suffix.toUpperCase().slice(4, 6).padEnd(2, "Z")}`;
  const [open, hidden] = await db
    .insert(incidents)
    .values([
      { code: `INC-M${suffix.toUpperCase()}`, titleId: "Antrean e-HAC di Terminal 3", state: "confirmed", isPublic: true, reportCount: 50 },
      { code: `INC-P${suffix.toUpperCase()}`, titleId: "Insiden belum publik", state: "candidate", isPublic: false, reportCount: 10 },
    ])
    .returning();
  await db.insert(incidentPlaces).values([
    { incidentId: open!.id, placeId: t3!.id },
    { incidentId: hidden!.id, placeId: t2!.id },
  ]);
  const pins: Pin[] = [];
  const rows: Array<typeof complaints.$inferInsert> = [];
  const base = { category: "system_down" as const, occurredAt: new Date("2020-12-19T03:00:00Z"), description: "Antrean panjang, server e-HAC mati." };
  const add = (n: number, where: { lat?: number; lng?: number; placeId?: string }, confidential: boolean, incidentId?: string) =>
    rows.push({ ...base, ...where, trackingCode: code(n), idempotencyKey: `map-${suffix}-${n}`, confidential, incidentId });
  for (let n = 0; n < count; n++) {
    const confidential = !rnd.chance(0.2);
    const incidentId = n < 50 ? open!.id : n < 60 ? hidden!.id : undefined;
    if (rnd.chance(0.6)) {
      // Within about 4 km of Terminal 2, to six decimals, as a phone's GPS gives it.
      const lat = Number((TERMINAL_2.lat + (rnd.next() - 0.5) * 0.07).toFixed(6));
      const lng = Number((TERMINAL_2.lng + (rnd.next() - 0.5) * 0.07).toFixed(6));
      pins.push({ lat, lng, confidential });
      add(n, { lat, lng }, confidential, incidentId);
    } else add(n, { placeId: rnd.chance(0.5) ? t2!.id : t3!.id }, confidential, incidentId);
  }
  const lone = [
    { lat: -6.597123, lng: 106.806456 },
    { lat: -6.914712, lng: 107.609812 },
    { lat: -6.917345, lng: 107.611234 },
  ];
  lone.forEach((p, i) => {
    pins.push({ ...p, confidential: true });
    add(count + i, p, true);
  });
  add(count + lone.length, {}, false);
  for (let i = 0; i < rows.length; i += 200) await db.insert(complaints).values(rows.slice(i, i + 200));
  return { pins, lone, total: rows.length, publicIncident: open!.code, privateIncident: hidden!.code, terminal3: t3!.name };
}

/** Every "lat,lng"-like pair of numbers a text holds, in the ways a page or JSON may write one. */
function pairsIn(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(/(-?\d{1,3}\.\d+)\s*,\s*(-?\d{1,3}\.\d+)/g)) out.push([Number(m[1]), Number(m[2])]);
  for (const m of text.matchAll(/"lat\\?"\s*:\s*(-?\d+\.\d+)\s*,\s*\\?"lng\\?"\s*:\s*(-?\d+\.\d+)/g)) out.push([Number(m[1]), Number(m[2])]);
  return out;
}

/**
 * What the map published lets nobody place one report closer than a cell: every cell holds at least 5 reports and is
 * H3 resolution 7 or coarser, and apart from the cells' own corners and centres (which the grid fixes, whatever the
 * reports) no point published is a report's pin, to any rounding down to 3 decimals (about 110 m).
 */
export function expectNoReportLocated(published: string, cells: ReadonlyArray<{ id: string; count: number }>, pins: readonly Pin[]) {
  for (const c of cells) {
    expect(isValidCell(c.id)).toBe(true);
    expect(getResolution(c.id)).toBeLessThanOrEqual(7);
    expect(c.count).toBeGreaterThanOrEqual(5);
  }
  const geometry = new Set(cells.flatMap((c) => cellGeometry(c.id)).map(([a, b]) => pointKey(a, b)));
  const pairs = pairsIn(published).filter(([a, b]) => !geometry.has(pointKey(a, b)));
  for (const pin of pins)
    for (const digits of [6, 5, 4, 3]) {
      const [lat, lng] = [Number(pin.lat.toFixed(digits)), Number(pin.lng.toFixed(digits))];
      const hit = pairs.find(([a, b]) => Number(a.toFixed(digits)) === lat && Number(b.toFixed(digits)) === lng);
      expect(hit, `a report's point (${pin.lat}, ${pin.lng}) is published to ${digits} decimals`).toBeUndefined();
    }
}

/** A point as the map writes it (5 decimals), for comparing published points with the grid's. */
export const pointKey = (lat: number, lng: number) => `${(Math.round(lat * 1e5) / 1e5).toFixed(5)},${(Math.round(lng * 1e5) / 1e5).toFixed(5)}`;

/** The geometry a published cell may carry: its own centre and corners. */
export function cellGeometry(id: string): Array<[number, number]> {
  return [cellToLatLng(id), ...cellToBoundary(id)];
}
