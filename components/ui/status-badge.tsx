import clsx from "clsx";

const STYLES: Record<string, string> = {
  draft: "bg-slate-100 text-slate-700 ring-slate-200",
  live: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  paused: "bg-amber-50 text-amber-800 ring-amber-200",
  archived: "bg-slate-50 text-slate-500 ring-slate-200",
};

/** Journey status pill: draft / live / paused / archived. */
export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={clsx("inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset", STYLES[status] ?? STYLES.draft)}>
      {status === "live" && <span className="size-1.5 rounded-full bg-emerald-500" aria-hidden />}
      {status}
    </span>
  );
}
