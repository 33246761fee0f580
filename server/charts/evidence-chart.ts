import type { EvidencePack } from "@/server/domain/report/evidence/pack";

/** Geometry of the reports-over-time chart in abstract units, drawn the same way as SVG on the page and as vectors in the PDF. */
export type SeriesChart = {
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  max: number;
  bars: Array<{ x: number; y: number; width: number; height: number; at: string; count: number | null }>;
  /** Measured outages, clipped to the chart. */
  shaded: Array<{ x: number; width: number }>;
  ticks: Array<{ x: number; at: string }>;
};

const WIDTH = 640;
const HEIGHT = 220;
const PLOT = { left: 40, top: 10, width: WIDTH - 50, height: HEIGHT - 50 };
/** Height drawn for a bucket whose count is withheld (1–4 reports): visible, but never read as a number. */
const WITHHELD_SHARE = 0.04;

export function seriesChart(pack: Pick<EvidencePack, "series" | "outages">, maxTicks = 6): SeriesChart | null {
  const points = pack.series.points;
  const [first, last] = [points[0], points.at(-1)];
  if (!first || !last) return null;
  const step = pack.series.unit === "hour" ? 3600_000 : 86_400_000;
  const start = Date.parse(first.at);
  const end = Date.parse(last.at) + step;
  const x = (t: number) => PLOT.left + ((Math.min(Math.max(t, start), end) - start) / (end - start)) * PLOT.width;
  const max = Math.max(1, ...points.map((p) => p.count ?? 0));
  const slot = PLOT.width / points.length;
  const bars = points.map((p, i) => {
    const share = p.count === null ? WITHHELD_SHARE : p.count / max;
    const h = share * PLOT.height;
    return { x: PLOT.left + i * slot + slot * 0.1, y: PLOT.top + PLOT.height - h, width: slot * 0.8, height: h, at: p.at, count: p.count };
  });
  const shaded = pack.outages
    .map((o) => ({ from: x(Date.parse(o.startedAt)), to: x(o.endedAt ? Date.parse(o.endedAt) : end) }))
    .filter((s) => s.to > s.from)
    .map((s) => ({ x: s.from, width: s.to - s.from }));
  const every = Math.max(1, Math.ceil(points.length / maxTicks));
  const ticks = points.filter((_, i) => i % every === 0).map((p) => ({ x: x(Date.parse(p.at)), at: p.at }));
  return { width: WIDTH, height: HEIGHT, plot: PLOT, max, bars, shaded, ticks };
}

/** Horizontal bars of counts (channels, places, categories): each label sits above its bar, so long names never overlap. */
export type BarsChart = {
  width: number;
  height: number;
  /** `text` is the label as drawn: shortened with "…" where it would run past the chart (the table beside it has it whole). */
  rows: Array<{ label: string; text: string; count: number | null; y: number; barWidth: number }>;
};

/** About how wide a character of the 12-unit label font is, in units. */
const LABEL_CHAR = 6.6;

/** `width` in units: a chart shown in a phone-wide column is drawn narrower, so its 12-unit labels stay readable there. */
export function barsChart(rows: Array<{ label: string; count: number | null }>, width = WIDTH): BarsChart {
  const max = Math.max(1, ...rows.map((r) => r.count ?? 0));
  const rowHeight = 34;
  const usable = width - 60;
  const fits = Math.floor(width / LABEL_CHAR);
  return {
    width,
    height: rows.length * rowHeight + 4,
    rows: rows.map((r, i) => ({
      label: r.label,
      text: r.label.length > fits ? `${r.label.slice(0, fits - 1).trimEnd()}…` : r.label,
      count: r.count,
      y: i * rowHeight,
      barWidth: r.count === null ? usable * WITHHELD_SHARE : (r.count / max) * usable,
    })),
  };
}
