"use client";

import { GitCompareArrows, Info } from "lucide-react";
import { useEffect, useRef } from "react";
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
  const root = useRef<HTMLDivElement>(null);
  // The first difference is often far down both timelines: bring it into view once it is known.
  useEffect(() => {
    root.current?.querySelector("[data-marked]")?.scrollIntoView({ block: "center" });
  }, [difference?.index]);
  const notes = [...new Set(compare.results.flatMap((r) => r.notes))];
  return (
    <div ref={root} className="space-y-3">
      <div
        role="status"
        // Sticky: the marked decisions are scrolled into view, and the sentence about them stays on screen.
        className={`sticky top-0 z-10 rounded-md border px-3 py-2 text-sm shadow-sm ${difference ? "border-amber-300 bg-amber-50 text-amber-950" : "border-emerald-200 bg-emerald-50 text-emerald-900"}`}
        data-testid="compare-summary"
      >
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
      {notes.length > 0 && (
        <ul className="space-y-0.5 text-[11px] text-slate-500" aria-label="Preview notes">
          {notes.map((note) => (
            <li key={note} className="flex items-start gap-1">
              <Info className="mt-px size-3 shrink-0" aria-hidden /> {note}
            </li>
          ))}
        </ul>
      )}
      <div className="grid grid-cols-2 gap-4">
        {compare.results.map((result, i) => (
          <section key={labels[i]} aria-label={`Path through ${labels[i]}`} className="min-w-0 space-y-2">
            <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{labels[i]}</h3>
            <PreviewOutcome result={result} timeZone={timeZone} triggerEvent={triggerEvent} showNotes={false} />
            <PreviewTimeline result={result} shown={result.steps.length} timeZone={timeZone} markedIndex={difference?.index ?? null} label={`Timeline of ${labels[i]}`} />
          </section>
        ))}
      </div>
    </div>
  );
}
