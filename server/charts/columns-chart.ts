/** Counts per period (months) as columns, in abstract units: drawn as SVG on the page, so the page needs no chart script. */
export type ColumnsChart = {
  width: number;
  height: number;
  baseline: number;
  columns: Array<{ x: number; y: number; width: number; height: number; label: string; count: number }>;
  /** Every nth label, so they never run into each other. */
  ticks: Array<{ x: number; label: string }>;
  /** The largest count, written at the top of the scale. */
  max: number;
};

/** Drawn about phone-wide, so its 11-unit labels stay readable on a phone; it scales up on a wider screen. */
const WIDTH = 360;
const HEIGHT = 160;
const PLOT = { left: 36, top: 12, right: 8, bottom: 24 };
/** About how many characters' room a label needs, in units, at the 11-unit font. */
const CHAR = 6.5;

export function columnsChart(rows: ReadonlyArray<{ label: string; count: number }>): ColumnsChart | null {
  if (rows.length === 0) return null;
  const max = Math.max(1, ...rows.map((r) => r.count));
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const slot = plotWidth / rows.length;
  const baseline = PLOT.top + plotHeight;
  const columns = rows.map((r, i) => {
    const h = (r.count / max) * plotHeight;
    return { x: PLOT.left + i * slot + slot * 0.15, y: baseline - h, width: slot * 0.7, height: h, label: r.label, count: r.count };
  });
  const widest = Math.max(...rows.map((r) => r.label.length)) * CHAR + 8;
  const every = Math.max(1, Math.ceil(widest / slot));
  const ticks = columns.filter((_, i) => i % every === 0).map((c) => ({ x: c.x + c.width / 2, label: c.label }));
  return { width: WIDTH, height: HEIGHT, baseline, columns, ticks, max };
}
