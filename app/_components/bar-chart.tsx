"use client";

import { Bar, BarChart as Chart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/**
 * A bar chart (recharts) with the same figures in a table for screen readers and for anyone who prefers
 * numbers; the chart itself is hidden from assistive technology.
 */
export function BarChart({
  data,
  caption,
  groupLabel,
  countLabel,
  vertical = false,
}: {
  data: Array<{ label: string; count: number }>;
  caption: string;
  groupLabel: string;
  countLabel: string;
  vertical?: boolean;
}) {
  const height = vertical ? Math.max(160, data.length * 28 + 40) : 240;
  return (
    <figure className="space-y-2 rounded-lg bg-white p-3 shadow-sm">
      <figcaption className="font-semibold">{caption}</figcaption>
      <div aria-hidden="true" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <Chart data={data} layout={vertical ? "vertical" : "horizontal"} accessibilityLayer={false} margin={{ left: vertical ? 8 : 0, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            {vertical ? <XAxis type="number" allowDecimals={false} /> : <XAxis dataKey="label" />}
            {vertical ? <YAxis type="category" dataKey="label" width={180} tick={{ fontSize: 12 }} /> : <YAxis allowDecimals={false} />}
            <Tooltip />
            <Bar dataKey="count" name={countLabel} fill="#0f5e59" isAnimationActive={false} />
          </Chart>
        </ResponsiveContainer>
      </div>
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
