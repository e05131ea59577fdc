/**
 * One choice as a switch that works without JavaScript: a real checkbox (submitted as "on" when
 * ticked) styled as a toggle, labelled by its title, described by its hint.
 */
export function PreferenceToggle({ name, label, hint, checked, disabled }: { name: string; label: string; hint: string; checked: boolean; disabled?: boolean }) {
  const id = `pref-${name.replace(/[^\w-]/g, "-")}`;
  return (
    <div className="flex items-start justify-between gap-4 py-3.5">
      <div className="min-w-0">
        <label htmlFor={id} className="block cursor-pointer text-sm font-medium text-slate-900">
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="mt-0.5 text-sm text-slate-500">
            {hint}
          </p>
        )}
      </div>
      <span className="relative mt-0.5 inline-flex shrink-0">
        <input
          id={id}
          name={name}
          type="checkbox"
          defaultChecked={checked}
          disabled={disabled}
          aria-describedby={hint ? `${id}-hint` : undefined}
          className="peer h-6 w-11 cursor-pointer appearance-none rounded-full bg-slate-300 transition-colors checked:bg-[var(--accent)] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)] disabled:cursor-not-allowed disabled:opacity-60"
        />
        <span aria-hidden className="pointer-events-none absolute left-0.5 top-0.5 size-5 rounded-full bg-white shadow transition-transform peer-checked:translate-x-5" />
      </span>
    </div>
  );
}
