"use client";

import clsx from "clsx";
import { useId } from "react";
import { useVariableTarget } from "./variable-target";

export interface TLiquidFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  readOnly: boolean;
  /** "line 2, column 7: …" for Liquid problems, or a schema message */
  error?: string;
  hint?: React.ReactNode;
  /** rows for a textarea; omitted: a one-line input */
  rows?: number;
  monospace?: boolean;
  placeholder?: string;
  /** shown under the field, beside the hint (the SMS counter) */
  footer?: React.ReactNode;
  /** visually hidden label, for rows of fields with a shared heading */
  hideLabel?: boolean;
}

const FIELD = "block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-xs placeholder:text-slate-400 focus:outline-none focus:ring-2 read-only:bg-slate-50 read-only:text-slate-700";

/** A text field that holds Liquid: registers as the "Insert variable" target and shows its syntax error underneath. */
export function LiquidField({ label, value, onChange, readOnly, error, hint, rows, monospace, placeholder, footer, hideLabel }: TLiquidFieldProps) {
  const id = useId();
  const { setTarget } = useVariableTarget();
  const className = clsx(
    FIELD,
    monospace && "font-mono text-[13px] leading-5",
    error ? "border-red-300 focus:border-red-500 focus:ring-red-500/20" : "border-slate-300 focus:border-brand-500 focus:ring-brand-500/20",
  );
  const common = {
    id,
    value,
    readOnly,
    placeholder,
    className,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : undefined,
    onFocus: (event: React.FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => setTarget({ element: event.currentTarget, apply: onChange }),
  };
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className={clsx("block text-sm font-medium text-slate-700", hideLabel && "sr-only")}>{label}</label>
      {rows ? (
        <textarea {...common} rows={rows} spellCheck={!monospace} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" spellCheck={false} onChange={(e) => onChange(e.target.value)} />
      )}
      {error && (
        <p id={`${id}-error`} className="flex items-start gap-1 text-xs font-medium text-red-700" data-testid="field-error">
          {error}
        </p>
      )}
      {(hint || footer) && (
        <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 text-xs text-slate-500">
          {hint && <span>{hint}</span>}
          {footer}
        </div>
      )}
    </div>
  );
}
