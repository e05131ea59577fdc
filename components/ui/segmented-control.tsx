"use client";

import clsx from "clsx";
import { useId } from "react";

/**
 * Mutually exclusive options shown as a row of tabs. Built on native radio inputs, so arrow keys
 * move between options and screen readers announce "radio, 2 of 4".
 */
export function SegmentedControl<T extends string>({
  label,
  value,
  options,
  onChange,
  disabled,
}: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  disabled?: boolean;
}) {
  const name = useId();
  return (
    <div role="radiogroup" aria-label={label} className="flex w-full rounded-md bg-slate-100 p-0.5">
      {options.map((option) => (
        <label key={option.value} className="min-w-0 flex-1">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            disabled={disabled}
            onChange={() => onChange(option.value)}
            className="peer sr-only"
          />
          <span
            className={clsx(
              "block cursor-pointer truncate rounded px-1.5 py-1 text-center text-xs font-medium text-slate-600 peer-checked:bg-white peer-checked:text-slate-900 peer-checked:shadow-xs peer-focus-visible:outline-2 peer-focus-visible:outline-brand-500 peer-disabled:cursor-not-allowed",
            )}
          >
            {option.label}
          </span>
        </label>
      ))}
    </div>
  );
}
