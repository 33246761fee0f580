export function StatCard({ label, value, testId }: { label: string; value: number; testId?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="mt-1 text-3xl font-semibold text-slate-900" data-testid={testId}>
        {value.toLocaleString("id-ID")}
      </dd>
    </div>
  );
}
