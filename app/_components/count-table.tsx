/** A captioned two-column table of labelled counts; doubles as the accessible form of a chart. */
export function CountTable({
  caption,
  labelHeader,
  countHeader,
  rows,
  testIdPrefix,
}: {
  caption: string;
  labelHeader: string;
  countHeader: string;
  rows: Array<{ key: string; label: string; count: number }>;
  testIdPrefix?: string;
}) {
  return (
    <table className="w-full border-collapse self-start rounded-lg bg-white text-left shadow-sm">
      <caption className="p-3 text-left text-lg font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-200 text-sm text-slate-700">
          <th scope="col" className="p-3">
            {labelHeader}
          </th>
          <th scope="col" className="p-3 text-right">
            {countHeader}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-slate-100">
            <th scope="row" className="p-3 font-normal">
              {row.label}
            </th>
            <td className="p-3 text-right tabular-nums" data-testid={testIdPrefix ? `${testIdPrefix}-${row.key}` : undefined}>
              {row.count.toLocaleString("id-ID")}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
