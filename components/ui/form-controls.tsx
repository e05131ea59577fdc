import clsx from "clsx";
import { cloneElement, useId, type InputHTMLAttributes, type ReactElement, type ReactNode, type SelectHTMLAttributes } from "react";

/*
 * Compact form controls for narrow panels (the journey inspector is 288–360 px wide). They match
 * the look of `input.tsx` (slate borders, brand focus ring, rounded-md) at a smaller size.
 */

export type TControlSize = "sm" | "xs";

const BASE =
  "block min-w-0 rounded-md border border-slate-300 bg-white shadow-xs placeholder:text-slate-400 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/20 disabled:bg-slate-100 disabled:text-slate-500 aria-[invalid=true]:border-red-400 aria-[invalid=true]:ring-red-500/20";

const SIZES: Record<TControlSize, string> = {
  sm: "px-2.5 py-1.5 text-sm",
  xs: "px-2 py-1 text-xs",
};

/**
 * Class names of a compact text field, for controls built elsewhere (number and list inputs).
 * Full width unless `className` sets a width: two width utilities would fight over CSS order.
 */
export function controlClass(size: TControlSize = "sm", className?: string): string {
  const setsWidth = /(^|\s)w-/.test(className ?? "");
  return clsx(BASE, SIZES[size], !setsWidth && "w-full", className);
}

export function TextInput({ size = "sm", className, ...props }: Omit<InputHTMLAttributes<HTMLInputElement>, "size"> & { size?: TControlSize }) {
  return <input type="text" {...props} className={controlClass(size, className)} />;
}

export function SelectInput({ size = "sm", className, ...props }: Omit<SelectHTMLAttributes<HTMLSelectElement>, "size"> & { size?: TControlSize }) {
  return <select {...props} className={controlClass(size, clsx(size === "xs" ? "pr-5" : "pr-7", className))} />;
}

/**
 * A label above its control, with optional help text and an error line. The label points at the
 * control by id rather than wrapping it: a wrapped select would add its chosen option to its own
 * accessible name ("Channel Email"). The help text is tied to the control with `aria-describedby`.
 */
export function FormField({ label, hint, error, children, className }: { label: string; hint?: ReactNode; error?: string; children: ReactElement<{ id?: string; "aria-describedby"?: string }>; className?: string }) {
  const id = useId();
  const describedBy = `${id}-note`;
  const note = error ? <FieldError>{error}</FieldError> : hint ? <HelpText>{hint}</HelpText> : null;
  return (
    <div className={clsx("min-w-0 space-y-1", className)}>
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      {cloneElement(children, note ? { id, "aria-describedby": describedBy } : { id })}
      {note && <div id={describedBy}>{note}</div>}
    </div>
  );
}

/** One line of guidance under a control, where a marketer might hesitate. */
export function HelpText({ children, className }: { children: ReactNode; className?: string }) {
  return <span className={clsx("block text-[11px] leading-snug text-slate-500", className)}>{children}</span>;
}

export function FieldError({ children }: { children: ReactNode }) {
  return <span className="block text-[11px] leading-snug font-medium text-red-700">{children}</span>;
}

/** A checkbox with its label to the right and optional help text below the label. */
export function CheckboxField({
  label,
  hint,
  checked,
  onCheckedChange,
  disabled,
}: {
  label: string;
  hint?: ReactNode;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  disabled?: boolean;
}) {
  return (
    <label className="flex items-start gap-2">
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onCheckedChange(event.target.checked)}
        className="mt-0.5 size-3.5 shrink-0 rounded border-slate-300 accent-brand-600"
      />
      <span className="min-w-0">
        <span className="block text-xs font-medium text-slate-700">{label}</span>
        {hint && <HelpText>{hint}</HelpText>}
      </span>
    </label>
  );
}

/** A titled block of a form (a plain section: forms have many, and landmarks for each would be noise). */
export function FormSection({ title, description, children, actions }: { title: string; description?: ReactNode; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="space-y-2.5 border-t border-slate-200 pt-3 first:border-t-0 first:pt-0">
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="text-[11px] font-semibold uppercase tracking-wide text-slate-500">{title}</h3>
          {description && <p className="mt-0.5 text-[11px] leading-snug text-slate-500">{description}</p>}
        </div>
        {actions}
      </div>
      {children}
    </section>
  );
}
