import { BarsSvg } from "@/app/_components/evidence/bars-svg";
import { barsChart } from "@/server/charts/evidence-chart";
import { columnsChart } from "@/server/charts/columns-chart";

/** The statistics' charts sit two to a row on a desktop and alone on a phone: about a phone's width in units. */
const CHART_WIDTH = 420;

/**
 * Counts as a chart drawn on the server (named groups as labelled bars, months as columns), with the same figures
 * in a table for screen readers and for anyone who prefers numbers. No chart script: the page stays light.
 */
export function BarChart({
  id,
  data,
  caption,
  groupLabel,
  countLabel,
  vertical = false,
}: {
  id: string;
  data: Array<{ label: string; count: number }>;
  caption: string;
  groupLabel: string;
  countLabel: string;
  vertical?: boolean;
}) {
  const desc = data.map((d) => `${d.label}: ${d.count}`).join("; ");
  const columns = vertical ? null : columnsChart(data);
  return (
    <figure className="space-y-2 rounded-lg bg-white p-3 shadow-sm">
      <figcaption className="font-semibold">{caption}</figcaption>
      {vertical ? (
        <BarsSvg chart={barsChart(data, CHART_WIDTH)} id={id} title={caption} desc={desc} withheld="" />
      ) : (
        columns && (
          <svg viewBox={`0 0 ${columns.width} ${columns.height}`} className="h-auto w-full" role="img" aria-labelledby={`${id}-title ${id}-desc`}>
            <title id={`${id}-title`}>{caption}</title>
            <desc id={`${id}-desc`}>{desc}</desc>
            <line x1={30} x2={columns.width} y1={columns.baseline} y2={columns.baseline} stroke="#94a3b8" />
            <text x={28} y={16} fontSize="11" textAnchor="end" fill="#334155">
              {columns.max}
            </text>
            <text x={28} y={columns.baseline} fontSize="11" textAnchor="end" fill="#334155">
              0
            </text>
            {columns.columns.map((c) => (
              <rect key={c.label} x={c.x} y={c.y} width={c.width} height={Math.max(c.height, c.count > 0 ? 1 : 0)} fill="#0f5e59" />
            ))}
            {columns.ticks.map((tick) => (
              <text key={tick.label} x={tick.x} y={columns.baseline + 16} fontSize="11" textAnchor="middle" fill="#334155">
                {tick.label}
              </text>
            ))}
          </svg>
        )
      )}
      <details>
        <summary className="cursor-pointer text-sm">
          {groupLabel} / {countLabel}
        </summary>
        <table className="mt-1 w-full text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="text-left">
                {groupLabel}
              </th>
              <th scope="col" className="text-right">
                {countLabel}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.label}>
                <th scope="row" className="text-left font-normal">
                  {d.label}
                </th>
                <td className="text-right">{d.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
