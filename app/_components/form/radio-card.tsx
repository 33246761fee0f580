/** One choice of a radio group, drawn as a card large enough to tap in a queue; highlighted while chosen. */
export function RadioCard({
  name,
  value,
  checked,
  onChange,
  children,
}: {
  name: string;
  value: string;
  checked: boolean;
  onChange: () => void;
  children: React.ReactNode;
}) {
  return (
    <label className="flex min-h-11 items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 has-checked:border-brand-700 has-checked:bg-brand-50">
      <input type="radio" name={name} value={value} checked={checked} onChange={onChange} className="h-5 w-5" />
      <span>{children}</span>
    </label>
  );
}
