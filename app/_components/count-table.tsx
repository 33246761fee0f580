import { RowTable } from "./row-table";

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
    <RowTable
      caption={caption}
      columns={[{ label: labelHeader }, { label: countHeader, numeric: true }]}
      rows={rows.map((row) => ({
        key: row.key,
        cells: [row.label, row.count.toLocaleString("id-ID")],
        testId: testIdPrefix ? `${testIdPrefix}-${row.key}` : undefined,
      }))}
    />
  );
}
