"use client";

import { Radio } from "lucide-react";
import type { TLiveRun } from "@/lib/preview/preview-schemas";
import { TimelineStep } from "./timeline-step";

/**
 * The customer's real run so far (the live step log), shown above the prediction: where she is
 * now, and whether the prediction carries on from there or from a fresh entry.
 */
export function LiveRunPanel({ live, start, timeZone, profileLabel }: { live: TLiveRun; start: string; timeZone: string | null; profileLabel: string }) {
  return (
    <section aria-label="Live so far" className="space-y-1.5 rounded-md border border-emerald-200 bg-emerald-50/40 p-2">
      <h3 className="flex items-center gap-1.5 text-xs font-semibold uppercase tracking-wide text-emerald-800">
        <Radio className="size-3.5" aria-hidden /> Live so far · v{live.version} · {live.state}
      </h3>
      <p className="text-xs text-slate-600" data-testid="live-run-note">
        {live.continued
          ? `${profileLabel} is in v${live.version} now; the prediction below carries on from where she is.`
          : live.state === "active" || live.state === "waiting"
            ? `${profileLabel} is in v${live.version} now; the prediction below is a fresh entry into the version you chose.`
            : `${profileLabel}'s run in v${live.version} has ended (${live.state}); the prediction below is a fresh entry.`}
      </p>
      {live.steps.length === 0 ? (
        <p className="text-xs text-slate-500">No decisions logged yet.</p>
      ) : (
        <ol aria-label="Live step log" className="space-y-0.5">
          {live.steps.map((step, i) => (
            <TimelineStep key={`${step.at}-${i}`} step={step} number={null} firstOfVisit start={live.steps[0]?.at ?? start} timeZone={timeZone} profileLabel={profileLabel} />
          ))}
        </ol>
      )}
    </section>
  );
}
