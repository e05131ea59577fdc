"use client";

import { CircleAlert, LoaderCircle, UserRoundSearch } from "lucide-react";
import type { TDebouncedAnswer } from "@/components/ui/use-debounced-answer";
import type { TCompareResult, TPreviewResult } from "@/lib/preview/preview-schemas";
import { CompareView } from "./compare-view";
import { LiveRunPanel } from "./live-run-panel";
import { PreviewOutcome } from "./preview-outcome";
import { PreviewTimeline } from "./preview-timeline";

const EMPTY_TEXT = "Pick a customer or describe one to see their path";

type TProps = {
  hasCustomer: boolean;
  preview: TDebouncedAnswer<TPreviewResult | null>;
  compare: TDebouncedAnswer<TCompareResult | null> | null;
  compareLabels: [string, string];
  shown: number;
  timeZone: string | null;
  triggerEvent: string | null;
};

/** Where the right column stands: nobody chosen, first run on its way, refused, or a result. */
function Placeholder({ icon, children }: { icon: "empty" | "loading"; children: React.ReactNode }) {
  const Icon = icon === "empty" ? UserRoundSearch : LoaderCircle;
  return (
    <div className="flex flex-col items-center gap-2 px-6 py-16 text-center text-sm text-slate-600">
      <Icon className={icon === "loading" ? "size-6 animate-spin text-slate-400" : "size-8 text-slate-300"} aria-hidden />
      {children}
    </div>
  );
}

/**
 * The right column: the error (with what to change), how the run ends, the live run beside the
 * prediction, and the timeline of decisions; or both versions side by side while comparing.
 */
export function PreviewResults({ hasCustomer, preview, compare, compareLabels, shown, timeZone, triggerEvent }: TProps) {
  const result = preview.data;
  const error = compare?.error ?? preview.error;
  if (!hasCustomer) {
    return (
      <Placeholder icon="empty">
        <p className="font-medium text-slate-800">{EMPTY_TEXT}.</p>
        <p className="text-xs">Search by email, phone, user id or name, or switch to “Hypothetical” and describe them. Then add the events you expect.</p>
      </Placeholder>
    );
  }
  return (
    <div className="space-y-3 p-4">
      {error && (
        <div role="alert" className="flex items-start gap-2 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
          <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
          <span>
            The preview could not run: {error}. {result ? "The last good result is shown below; fix" : "Fix"} that input on the left and it runs again.
          </span>
        </div>
      )}
      {compare ? (
        compare.data ? (
          <CompareView compare={compare.data} labels={compareLabels} timeZone={timeZone} triggerEvent={triggerEvent} />
        ) : (
          !compare.error && <Placeholder icon="loading">Running both versions…</Placeholder>
        )
      ) : result ? (
        <>
          <PreviewOutcome result={result} timeZone={timeZone} triggerEvent={triggerEvent} />
          {result.live && <LiveRunPanel live={result.live} start={result.start} timeZone={timeZone} profileLabel={result.profile.label} />}
          <div>
            <h2 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{result.live ? "Predicted" : "Timeline"}</h2>
            {result.steps.length === 0 ? <p className="text-sm text-slate-500">No decisions: the customer never enters.</p> : <PreviewTimeline result={result} shown={shown} timeZone={timeZone} />}
          </div>
        </>
      ) : (
        !error && <Placeholder icon="loading">Running the journey…</Placeholder>
      )}
    </div>
  );
}
