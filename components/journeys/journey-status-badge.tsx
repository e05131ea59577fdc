import clsx from "clsx";

const STYLES: Record<string, string> = {
  draft: "bg-slate-100 text-slate-700 ring-slate-200",
  live: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  paused: "bg-amber-50 text-amber-800 ring-amber-200",
  archived: "bg-slate-50 text-slate-500 ring-slate-200",
};

/**
 * Journey status pill with the published version when there is one: "draft", "live · v3",
 * "paused · v3". (components/ui/status-badge.tsx is the plain pill; this one knows versions.)
 */
export function JourneyStatusBadge({ status, liveVersion }: { status: string; liveVersion: number | null }) {
  const text = liveVersion !== null && (status === "live" || status === "paused") ? `${status} · v${liveVersion}` : status;
  return (
    <span className={clsx("inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset", STYLES[status] ?? STYLES.draft)}>
      {status === "live" && <span className="size-1.5 rounded-full bg-emerald-500" aria-hidden />}
      {text}
    </span>
  );
}
