"use client";

import { GitCompareArrows } from "lucide-react";
import type { TCompareResult, TPreviewStep } from "@/lib/preview/preview-schemas";
import { PreviewOutcome } from "./preview-outcome";
import { PreviewTimeline } from "./preview-timeline";

const describe = (step: TPreviewStep | null) => (step ? `${step.nodeLabel} (${step.action}: ${step.reason})` : "the path has already ended");

/**
 * The same customer and timeline through two versions, side by side, with the first decision
 * where the paths part marked in both columns ("what does my change do to Jane?").
 */
export function CompareView({ compare, labels, timeZone, triggerEvent }: { compare: TCompareResult; labels: [string, string]; timeZone: string | null; triggerEvent: string | null }) {
  const difference = compare.firstDifference;
  return (
    <div className="space-y-3">
      <div role="status" className={difference ? "rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" : "rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"} data-testid="compare-summary">
        <p className="flex items-center gap-1.5 font-medium">
          <GitCompareArrows className="size-4" aria-hidden /> {difference ? `The paths part at decision ${difference.index + 1}` : `${labels[0]} and ${labels[1]} take the same path`}
        </p>
        {difference && (
          <ul className="mt-1 space-y-0.5 text-[13px]">
            <li>
              <strong>{labels[0]}:</strong> {describe(difference.a)}
            </li>
            <li>
              <strong>{labels[1]}:</strong> {describe(difference.b)}
            </li>
          </ul>
        )}
      </div>
      <div className="grid grid-cols-2 gap-3">
        {compare.results.map((result, i) => (
          <section key={labels[i]} aria-label={`Path through ${labels[i]}`} className="min-w-0 space-y-2">
            <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{labels[i]}</h3>
            <PreviewOutcome result={result} timeZone={timeZone} triggerEvent={triggerEvent} />
            <PreviewTimeline result={result} shown={result.steps.length} timeZone={timeZone} markedIndex={difference?.index ?? null} label={`Timeline of ${labels[i]}`} />
          </section>
        ))}
      </div>
    </div>
  );
}
