import type { BarsChart } from "@/server/charts/evidence-chart";

/** Counts as horizontal bars, each name above its bar so long names never run into each other. */
export function BarsSvg({ chart, id, title, desc, withheld }: { chart: BarsChart; id: string; title: string; desc: string; withheld: string }) {
  return (
    <svg viewBox={`0 0 ${chart.width} ${chart.height}`} className="h-auto w-full" role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      {chart.rows.map((r) => (
        <g key={r.label} transform={`translate(0 ${r.y})`}>
          <text x={0} y={12} fontSize="12" fill="#0f172a">
            {r.text}
          </text>
          <rect x={0} y={16} width={Math.max(r.barWidth, 1)} height={12} fill={r.count === null ? "#94a3b8" : "#0f5e59"} />
          <text x={r.barWidth + 6} y={27} fontSize="11" fill="#334155">
            {r.count ?? withheld}
          </text>
        </g>
      ))}
    </svg>
  );
}
