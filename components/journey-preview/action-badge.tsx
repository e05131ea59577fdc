import clsx from "clsx";

/** Each step-log action's tone: green for a send, amber for a message held back, red for a failure, sky for waiting. */
const TONES: Record<string, string> = {
  sent: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  converted: "bg-violet-50 text-violet-800 ring-violet-200",
  completed: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  skipped: "bg-amber-50 text-amber-900 ring-amber-200",
  suppressed: "bg-amber-50 text-amber-900 ring-amber-200",
  deferred: "bg-sky-50 text-sky-800 ring-sky-200",
  waiting: "bg-sky-50 text-sky-800 ring-sky-200",
  failed: "bg-red-50 text-red-800 ring-red-200",
  exited: "bg-slate-100 text-slate-700 ring-slate-300",
};

/** The step log's action word as a small pill ("sent", "skipped"), the same words the live log uses. */
export function ActionBadge({ action }: { action: string }) {
  return <span className={clsx("inline-flex shrink-0 items-center rounded px-1.5 text-[11px] font-medium leading-5 ring-1 ring-inset", TONES[action] ?? "bg-slate-50 text-slate-700 ring-slate-200")}>{action}</span>;
}
