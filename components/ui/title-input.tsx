import clsx from "clsx";

/**
 * The name of what an editor page edits, typed in place in its header: borderless until
 * hovered or focused, red with the reason underneath when the save refused it.
 */
export function TitleInput({
  label,
  value,
  onChange,
  error,
  readOnly,
  autoFocus,
  placeholder,
  size = "lg",
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  readOnly: boolean;
  autoFocus?: boolean;
  placeholder: string;
  size?: "lg" | "xl";
}) {
  return (
    <>
      <input
        aria-label={label}
        value={value}
        readOnly={readOnly}
        autoFocus={autoFocus}
        maxLength={120}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        className={clsx(
          "w-full max-w-xl rounded-md border px-2 py-0.5 font-semibold text-slate-900 placeholder:font-normal placeholder:text-slate-400 focus:outline-none focus:ring-2",
          size === "xl" ? "text-xl" : "text-lg",
          error ? "border-red-300 focus:ring-red-500/20" : "border-transparent hover:border-slate-200 focus:border-brand-500 focus:ring-brand-500/20",
          readOnly && "hover:border-transparent",
        )}
      />
      {error && <p role="alert" className="px-2 text-xs font-medium text-red-700">{error}</p>}
    </>
  );
}
