"use client";

import clsx from "clsx";
import { CheckCircle2, Download, Loader2, XCircle } from "lucide-react";
import { useEffect, useState } from "react";

/** The job fields the bar reads (the shape of GET /api/v1/jobs/:id). */
export type TJobView = {
  id: string;
  status: "queued" | "running" | "succeeded" | "failed";
  total: number | null;
  processed: number;
  failed: number;
  progress: number | null;
  result: Record<string, unknown>;
  error: string | null;
};

const POLL_MS = 700;

/**
 * A live progress bar for a background job: polls the job until it ends, shows processed /
 * total, failed rows with a link to their CSV report, and what it achieved (`describeResult`).
 * `onFinished` runs once when the job ends (e.g. to refresh the page's data).
 */
export function JobProgress({
  initial,
  label,
  unit = "rows",
  describeResult,
  onFinished,
}: {
  initial: TJobView;
  label: string;
  unit?: string;
  describeResult?: (result: Record<string, unknown>) => string;
  onFinished?: (job: TJobView) => void;
}) {
  const [job, setJob] = useState(initial);
  const finished = job.status === "succeeded" || job.status === "failed";

  useEffect(() => {
    if (finished) return;
    let cancelled = false;
    const timer = setInterval(async () => {
      const response = await fetch(`/api/v1/jobs/${job.id}`).catch(() => null);
      if (!response?.ok || cancelled) return;
      const next = (await response.json()) as TJobView;
      setJob(next);
      if (next.status === "succeeded" || next.status === "failed") {
        clearInterval(timer);
        onFinished?.(next);
      }
    }, POLL_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [job.id, finished, onFinished]);

  const percent = job.progress === null ? null : Math.round(job.progress * 100);
  const count = job.total !== null ? `${job.processed.toLocaleString("en")} of ${job.total.toLocaleString("en")} ${unit}` : `${job.processed.toLocaleString("en")} ${unit}`;
  return (
    <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" aria-live="polite">
      <div className="flex items-center justify-between gap-3 text-sm">
        <span className="flex items-center gap-2 font-medium text-slate-800">
          {job.status === "succeeded" ? (
            <CheckCircle2 className="size-4 text-emerald-600" aria-hidden />
          ) : job.status === "failed" ? (
            <XCircle className="size-4 text-red-600" aria-hidden />
          ) : (
            <Loader2 className="size-4 animate-spin text-brand-600" aria-hidden />
          )}
          {label}
        </span>
        <span className="tabular-nums text-slate-600">
          {count}
          {percent !== null && ` · ${percent}%`}
        </span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={`${job.status}: ${count}`}
        className="h-2 overflow-hidden rounded-full bg-slate-100"
      >
        <div
          className={clsx("h-full rounded-full transition-[width] duration-300", job.status === "failed" ? "bg-red-500" : job.status === "succeeded" ? "bg-emerald-500" : "bg-brand-500", percent === null && !finished && "animate-pulse")}
          style={{ width: `${percent ?? (finished ? 100 : 30)}%` }}
        />
      </div>
      {job.status === "succeeded" && describeResult && <p className="text-sm text-slate-700">{describeResult(job.result)}</p>}
      {job.status === "failed" && job.error && <p className="text-sm text-red-700">{job.error}</p>}
      {job.failed > 0 && (
        <p className="flex items-center gap-2 text-sm text-amber-800">
          {job.failed.toLocaleString("en")} {job.failed === 1 ? "row" : "rows"} failed.
          <a className="inline-flex items-center gap-1 font-medium underline" href={`/api/v1/jobs/${job.id}/errors?format=csv`} download>
            <Download className="size-3.5" aria-hidden /> Download the error report (CSV)
          </a>
        </p>
      )}
    </div>
  );
}
