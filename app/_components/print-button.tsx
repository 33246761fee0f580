"use client";

export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="rounded-md border border-brand-800 px-3 py-1.5 font-semibold text-brand-800">
      {label}
    </button>
  );
}
