"use client";

import { useId } from "react";

/** Options stacked with a one-line explanation each; native radios, so arrow keys move the choice. */
export function RadioList<T extends string>({ label, value, options, onChange }: { label: string; value: T; options: readonly { value: T; label: string; hint: string }[]; onChange: (value: T) => void }) {
  const name = useId();
  return (
    <div role="radiogroup" aria-label={label} className="space-y-1">
      {options.map((option) => (
        <label key={option.value} className="flex cursor-pointer items-start gap-2 rounded-md border border-slate-200 px-2 py-1.5 has-checked:border-brand-500 has-checked:bg-brand-50/60">
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} className="mt-0.5 accent-brand-600" />
          <span className="min-w-0">
            <span className="block text-xs font-medium text-slate-800">{option.label}</span>
            <span className="block text-[11px] leading-snug text-slate-500">{option.hint}</span>
          </span>
        </label>
      ))}
    </div>
  );
}
