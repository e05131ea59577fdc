/** A titled card on the profile page; `id` doubles as the in-page anchor and the heading's label. */
export function ProfileSection({ id, title, count, actions, children }: { id: string; title: string; count?: string; actions?: React.ReactNode; children: React.ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-6 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-xs">
      <div className="flex items-center justify-between gap-3 border-b border-slate-100 px-5 py-3">
        <h2 id={`${id}-title`} className="text-sm font-semibold text-slate-800">
          {title} {count && <span className="font-normal text-slate-500">{count}</span>}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** The line inside an empty section that says what would fill it. */
export function EmptyNote({ children }: { children: React.ReactNode }) {
  return <p className="px-5 py-4 text-sm text-slate-500">{children}</p>;
}
