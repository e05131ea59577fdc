"use client";

import { useMemo } from "react";
import type { TPreviewResult } from "@/lib/preview/preview-schemas";
import { visitNumberOfSteps } from "./path-marks";
import { TimelineStep } from "./timeline-step";

/**
 * Every decision of the run up to the one shown (`shown` of them), numbered as the canvas numbers
 * the steps, each with its reason and time; sends carry their message.
 */
export function PreviewTimeline({ result, shown, timeZone, markedIndex, label = "Timeline" }: { result: TPreviewResult; shown: number; timeZone: string | null; markedIndex?: number | null; label?: string }) {
  const numbers = useMemo(() => visitNumberOfSteps(result.steps), [result.steps]);
  const stepping = shown < result.steps.length;
  return (
    <ol aria-label={label} className="space-y-0.5">
      {result.steps.slice(0, shown).map((step, i) => (
        <TimelineStep
          key={step.index}
          step={step}
          number={numbers[i] ?? null}
          firstOfVisit={i === 0 || numbers[i - 1] !== numbers[i]}
          start={result.start}
          timeZone={timeZone}
          message={step.messageIndex === undefined ? undefined : result.messages[step.messageIndex]}
          profileLabel={result.profile.label}
          current={stepping && i === shown - 1}
          marked={markedIndex === i}
        />
      ))}
    </ol>
  );
}
