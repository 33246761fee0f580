import type { SeriesChart } from "@/server/charts/evidence-chart";

/**
 * Reports over time as an SVG drawn on the server: no script draws it. Its title and description name the
 * figures; the table beside it holds every one of them.
 */
export function SeriesSvg({
  chart,
  id,
  title,
  desc,
  tick,
}: {
  chart: SeriesChart;
  id: string;
  title: string;
  desc: string;
  tick: (at: string) => string;
}) {
  const { plot } = chart;
  const bottom = plot.top + plot.height;
  return (
    <svg
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      className="h-auto w-full"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      data-testid="evidence-series"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      {chart.shaded.map((s) => (
        <rect key={s.x} x={s.x} y={plot.top} width={s.width} height={plot.height} fill="#fecaca" data-outage="" />
      ))}
      <line x1={plot.left} x2={plot.left + plot.width} y1={bottom} y2={bottom} stroke="#334155" />
      <text x={plot.left - 6} y={plot.top + 8} textAnchor="end" fontSize="11" fill="#334155">
        {chart.max}
      </text>
      <text x={plot.left - 6} y={bottom} textAnchor="end" fontSize="11" fill="#334155">
        0
      </text>
      {chart.bars.map((b) => (
        <rect key={b.at} x={b.x} y={b.y} width={b.width} height={b.height} fill={b.count === null ? "#94a3b8" : "#0f5e59"} />
      ))}
      {chart.ticks.map((t) => (
        <text key={t.at} x={t.x} y={bottom + 16} fontSize="10" fill="#334155">
          {tick(t.at)}
        </text>
      ))}
    </svg>
  );
}
