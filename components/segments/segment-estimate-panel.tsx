"use client";

import clsx from "clsx";
import { CircleAlert, Loader2, Users } from "lucide-react";
import type { TSegmentEstimateState } from "./use-segment-estimate";

const n = (value: number) => value.toLocaleString("en");

/** "definition.conditions.1.path: A trait rule has no trait chosen." → the sentence alone. */
function withoutPath(error: string): string {
  const colon = error.indexOf(": ");
  const rest = colon > 0 && /^[\w.]+$/.test(error.slice(0, colon)) ? error.slice(colon + 2) : error;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** The live size beside the builder: a big number (exact, or ≈ with its 95 % range) and a bar of members vs all profiles. */
export function SegmentEstimatePanel({ estimate }: { estimate: TSegmentEstimateState }) {
  const { data, error, stale } = estimate;
  const share = data && data.totalProfiles > 0 ? data.count / data.totalProfiles : 0;
  return (
    <section aria-label="Size estimate" className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 shadow-xs">
      <div className="flex items-center justify-between gap-2">
        <h2 className="flex items-center gap-2 text-sm font-semibold text-slate-900">
          <Users className="size-4 text-brand-600" aria-hidden /> Estimated size
        </h2>
        {stale && !error && <Loader2 className="size-4 animate-spin text-slate-400" aria-label="Updating the estimate" />}
      </div>
      {data ? (
        <div className={clsx("space-y-3 transition-opacity", (stale || error) && "opacity-50")}>
          <p className="flex flex-wrap items-baseline gap-x-2">
            <span data-testid="estimate-count" className="text-4xl font-semibold tabular-nums tracking-tight text-slate-900">
              {data.exact ? n(data.count) : `≈ ${n(data.count)}`}
            </span>
            {!data.exact && (
              <span className="text-sm tabular-nums text-slate-500">
                ({n(data.low)}–{n(data.high)})
              </span>
            )}
          </p>
          <div>
            <div role="meter" aria-label="Share of all profiles" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(share * 100)} className="h-2 overflow-hidden rounded-full bg-slate-100">
              <div className="h-full rounded-full bg-brand-500 transition-[width] duration-300" style={{ width: `${Math.max(share > 0 ? 1 : 0, share * 100)}%` }} />
            </div>
            <p className="mt-1.5 text-xs text-slate-600">
              {(share * 100).toFixed(share < 0.1 && share > 0 ? 1 : 0)} % of {n(data.totalProfiles)} profiles
            </p>
          </div>
          <p className="text-[11px] leading-snug text-slate-500">
            {data.exact ? "Counted over every profile, right now." : `From a random sample of ${n(data.evaluated)} profiles; the range holds the true size 95 times in 100.`}
          </p>
        </div>
      ) : !error ? (
        <p className="text-sm text-slate-500">Counting…</p>
      ) : null}
      {error && (
        <p role="status" className="flex items-start gap-1.5 text-xs text-amber-800">
          <CircleAlert className="mt-0.5 size-3.5 shrink-0" aria-hidden />
          <span>Finish the rules to see the size: {withoutPath(error)}</span>
        </p>
      )}
    </section>
  );
}
