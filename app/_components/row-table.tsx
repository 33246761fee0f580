/**
 * A captioned table whose first cell in each row names the row (a place, an incident, a stage) and whose other
 * cells give its figures: the accessible form of a chart or a map.
 */
export function RowTable({
  caption,
  columns,
  rows,
  testId,
}: {
  caption: string;
  /** The header of each column; a numeric one is aligned right. */
  columns: ReadonlyArray<{ label: string; numeric?: boolean }>;
  rows: ReadonlyArray<{ key: string; cells: readonly React.ReactNode[]; testId?: string }>;
  testId?: string;
}) {
  const align = (i: number) => (columns[i]?.numeric ? "p-3 text-right tabular-nums" : "p-3");
  return (
    <table className="w-full border-collapse self-start rounded-lg bg-white text-left shadow-sm" data-testid={testId}>
      <caption className="p-3 text-left text-lg font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-200 text-sm text-slate-700">
          {columns.map((c) => (
            <th key={c.label} scope="col" className={c.numeric ? "p-3 text-right" : "p-3"}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, cells: [head, ...rest], testId: rowTestId }) => (
          <tr key={key} className="border-b border-slate-100">
            <th scope="row" className="p-3 font-normal">
              {head}
            </th>
            {rest.map((cell, i) => (
              <td key={i} className={align(i + 1)} data-testid={i === rest.length - 1 ? rowTestId : undefined}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
