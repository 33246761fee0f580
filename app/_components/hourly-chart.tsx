/**
 * Reports per hour as small SVG bars, with the same figures in a table for screen readers.
 * No chart library: this one shape is simpler drawn than configured.
 */
export function HourlyChart({
  data,
  caption,
  hourLabel,
  countLabel,
}: {
  data: Array<{ hour: string; count: number }>;
  caption: string;
  hourLabel: string;
  countLabel: string;
}) {
  const max = Math.max(1, ...data.map((d) => d.count));
  const width = Math.max(120, data.length * 8);
  return (
    <figure className="space-y-1">
      <svg viewBox={`0 0 ${width} 60`} className="h-24 w-full" role="img" aria-label={caption} preserveAspectRatio="none">
        {data.map((d, i) => {
          const h = (d.count / max) * 56;
          return <rect key={d.hour} x={i * 8 + 1} y={60 - h} width={6} height={h} fill="#0f5e59" />;
        })}
      </svg>
      <table className="sr-only">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{hourLabel}</th>
            <th scope="col">{countLabel}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.hour}>
              <td>{d.hour.replace("T", " ")}</td>
              <td>{d.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* Last, after the screen readers' table: a figure's caption is its first or its last child. */}
      <figcaption className="text-sm text-slate-700">{caption}</figcaption>
    </figure>
  );
}
