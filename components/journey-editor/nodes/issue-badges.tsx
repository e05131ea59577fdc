const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Red (errors) and amber (warnings) counts pinned to a card's top-right corner. */
export function IssueBadges({ errors, warnings }: { errors: number; warnings: number }) {
  if (errors === 0 && warnings === 0) return null;
  return (
    <div className="pointer-events-none absolute -right-2 -top-2 flex gap-1">
      {errors > 0 && (
        <span role="img" aria-label={plural(errors, "error")} title={plural(errors, "error")} className="flex h-5 min-w-5 items-center justify-center rounded-full bg-red-600 px-1.5 text-[11px] font-bold text-white shadow ring-2 ring-white">
          {errors}
        </span>
      )}
      {warnings > 0 && (
        <span role="img" aria-label={plural(warnings, "warning")} title={plural(warnings, "warning")} className="flex h-5 min-w-5 items-center justify-center rounded-full bg-amber-400 px-1.5 text-[11px] font-bold text-amber-950 shadow ring-2 ring-white">
          {warnings}
        </span>
      )}
    </div>
  );
}
