/** One figure with its label, inside a `<dl>`; numbers are grouped the Indonesian way, text (a percentage, "—") shown as given. */
export function StatCard({ label, value, testId, compact = false }: { label: string; value: number | string; testId?: string; compact?: boolean }) {
  return (
    <div className={compact ? "rounded-lg bg-white p-3 shadow-sm" : "rounded-lg border border-slate-200 bg-white p-4 shadow-sm"}>
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className={compact ? "text-2xl font-semibold" : "mt-1 text-3xl font-semibold text-slate-900"} data-testid={testId}>
        {typeof value === "number" ? value.toLocaleString("id-ID") : value}
      </dd>
    </div>
  );
}
