import type { PublicMap } from "@/server/domain/map/schemas";

/** The public map drawn without tiles or scripts: cells and incident markers projected into SVG units (Web Mercator, like the tiles). */
export type MapLayout = {
  width: number;
  height: number;
  cells: Array<{ id: string; points: string; x: number; y: number; count: number; shade: number; label: string | null; showCount: boolean }>;
  /** Each shade in use and the counts it stands for (`to` null: that many or more). */
  legend: Array<{ from: number; to: number | null; shade: number }>;
  markers: Array<{ code: string; x: number; y: number; status: string }>;
  landmarks: Array<{ name: string; x: number; y: number }>;
};

/** The full map's frame; an incident's small map is drawn in a smaller one, so its words stay readable when shrunk. */
export type MapFrame = { width: number; minHeight: number; maxHeight: number };
export const FULL_FRAME: MapFrame = { width: 480, minHeight: 220, maxHeight: 440 };
export const SMALL_FRAME: MapFrame = { width: 400, minHeight: 200, maxHeight: 260 };
/** The smallest extent drawn (about 9 km): one cell alone is shown with its surroundings, not blown up to fill the map. */
const MIN_SPAN = 0.08 / 360;
/** Counts are written inside a cell only when it is drawn wide enough to hold them. */
const MIN_LABEL_RADIUS = 14;
export const SHADE_STEPS = 5;
const MAX_LANDMARKS = 12;

const mercX = (lng: number) => (lng + 180) / 360;
const mercY = (lat: number) => {
  const s = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
};

/** Where shade step i (0 = fewest) begins, from the counts drawn: quantiles, so a surge does not wash out the rest. */
function shadeBreaks(counts: readonly number[]): number[] {
  const sorted = [...counts].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  return Array.from({ length: SHADE_STEPS }, (_, i) => sorted[Math.floor((i / SHADE_STEPS) * sorted.length)] ?? 0);
}

/** The shade step (0 = fewest) of a count, given the breaks of the map it is on. */
const shadeOf = (count: number, breaks: readonly number[]) => Math.max(0, breaks.filter((b) => count >= b).length - 1);

export function mapLayout(
  map: Pick<PublicMap, "cells" | "markers" | "landmarks">,
  { width: WIDTH, minHeight, maxHeight }: MapFrame = FULL_FRAME,
): MapLayout | null {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const c of map.cells)
    for (const [lat, lng] of c.outline) {
      xs.push(mercX(lng));
      ys.push(mercY(lat));
    }
  for (const m of map.markers) {
    xs.push(mercX(m.center.lng));
    ys.push(mercY(m.center.lat));
  }
  if (xs.length === 0) return null;
  let [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Pad, keep a smallest extent, then widen whichever side keeps the drawing within its height limits.
  const grow = (lo: number, hi: number, span: number) => [(lo + hi) / 2 - span / 2, (lo + hi) / 2 + span / 2] as const;
  [x0, x1] = grow(x0, x1, Math.max((x1 - x0) * 1.15, MIN_SPAN));
  [y0, y1] = grow(y0, y1, Math.max((y1 - y0) * 1.15, MIN_SPAN));
  const height = Math.round(Math.min(maxHeight, Math.max(minHeight, (WIDTH * (y1 - y0)) / (x1 - x0))));
  if ((y1 - y0) / (x1 - x0) < height / WIDTH) [y0, y1] = grow(y0, y1, ((x1 - x0) * height) / WIDTH);
  else [x0, x1] = grow(x0, x1, ((y1 - y0) * WIDTH) / height);
  const scale = WIDTH / (x1 - x0);
  const px = (lng: number) => Math.round((mercX(lng) - x0) * scale * 10) / 10;
  const py = (lat: number) => Math.round((mercY(lat) - y0) * scale * 10) / 10;
  const breaks = shadeBreaks(map.cells.map((c) => c.count));
  const inside = (x: number, y: number) => x >= 0 && x <= WIDTH && y >= 0 && y <= height;
  const steps = [...new Set(breaks)];
  return {
    width: WIDTH,
    height,
    legend: steps.map((from, i) => {
      const next = steps[i + 1];
      return { from, to: next === undefined ? null : next - 1, shade: breaks.lastIndexOf(from) };
    }),
    cells: map.cells.map((c) => {
      const points = c.outline.map(([lat, lng]) => [px(lng), py(lat)] as const);
      const x = px(c.center.lng);
      const y = py(c.center.lat);
      const radius = Math.min(...points.map(([a, b]) => Math.hypot(a - x, b - y)));
      return {
        id: c.id,
        points: points.map(([a, b]) => `${a},${b}`).join(" "),
        x,
        y,
        count: c.count,
        shade: shadeOf(c.count, breaks),
        label: c.label,
        showCount: radius >= MIN_LABEL_RADIUS,
      };
    }),
    markers: map.markers.map((m) => ({ code: m.code, x: px(m.center.lng), y: py(m.center.lat), status: m.status })),
    landmarks: withoutOverlaps(map.landmarks.map((l) => ({ name: l.name, x: px(l.lng), y: py(l.lat) })).filter((l) => inside(l.x, l.y))),
  };
}

/** Named places whose labels do not run into one another's (first come, first kept), at most MAX_LANDMARKS. */
function withoutOverlaps(places: MapLayout["landmarks"]): MapLayout["landmarks"] {
  const kept: Array<MapLayout["landmarks"][number] & { right: number }> = [];
  for (const p of places) {
    // About 5.5 units a character at the 10-unit font; a label sits above and to the right of its dot.
    const right = p.x + 4 + p.name.length * 5.5;
    const clear = kept.every((k) => right < k.x - 2 || p.x > k.right + 2 || Math.abs(p.y - k.y) > 14);
    if (clear) kept.push({ ...p, right });
    if (kept.length === MAX_LANDMARKS) break;
  }
  return kept.map(({ right: _right, ...p }) => p);
}
