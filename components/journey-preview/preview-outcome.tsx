"use client";

import clsx from "clsx";
import { CircleAlert, CircleCheck, Hourglass, Info } from "lucide-react";
import { CHANNEL_LABELS } from "@/lib/journey/channels";
import type { TPreviewResult } from "@/lib/preview/preview-schemas";
import { formatOffset, stepTimes } from "./preview-time";

type TTone = "done" | "waiting" | "problem";

/** How the run ended, in a sentence that says what to do next where something is missing. */
function outcomeOf(result: TPreviewResult, timeZone: string | null, triggerEvent: string | null): { tone: TTone; text: string } {
  const who = result.profile.label;
  switch (result.stoppedBecause) {
    case "ended":
      return { tone: "done", text: `${who} ${result.enrollment?.state === "completed" ? "finishes the journey" : "leaves the journey"}${result.enrollment?.exitReason ? `: ${result.enrollment.exitReason}` : ""}.` };
    case "until": {
      const at = stepTimes(result.until, timeZone);
      const where = result.steps.at(-1)?.nodeLabel;
      return { tone: "waiting", text: `Still in the journey when the preview stops (${at.local}${where ? `, at ${where}` : ""}). Follow for longer to see what comes next.` };
    }
    case "notEnrolled":
      return {
        tone: "problem",
        text: `${who} never enters${result.reason ? `: ${result.reason}` : ""}.${triggerEvent ? ` Add a “${triggerEvent}” event to the timeline to start the journey.` : ""}`,
      };
    case "iterationLimit":
      return { tone: "problem", text: `Stopped: iteration limit (${result.steps.length} decisions). The journey may loop on short waits; check the loop in the editor.` };
    case "invalidStep":
      return { tone: "problem", text: `Stopped at a broken step${result.reason ? `: ${result.reason}` : ""}. Fix it in the editor, then preview again.` };
  }
}

const TONE_STYLE: Record<TTone, string> = {
  done: "border-emerald-200 bg-emerald-50 text-emerald-900",
  waiting: "border-sky-200 bg-sky-50 text-sky-900",
  problem: "border-amber-300 bg-amber-50 text-amber-950",
};
const TONE_ICON = { done: CircleCheck, waiting: Hourglass, problem: CircleAlert } as const;

/** The run at a glance: how it ended, which messages went out when, and what the preview had to assume. */
export function PreviewOutcome({ result, timeZone, triggerEvent, showNotes = true }: { result: TPreviewResult; timeZone: string | null; triggerEvent: string | null; showNotes?: boolean }) {
  const outcome = outcomeOf(result, timeZone, triggerEvent);
  const Icon = TONE_ICON[outcome.tone];
  const sent = result.messages.filter((m) => m.content !== null && !m.error);
  return (
    <div className="space-y-2">
      <p role="status" className={clsx("flex items-start gap-2 rounded-md border px-3 py-2 text-sm", TONE_STYLE[outcome.tone])} data-testid="preview-outcome" data-stopped={result.stoppedBecause}>
        <Icon className="mt-0.5 size-4 shrink-0" aria-hidden /> <span>{outcome.text}</span>
      </p>
      <p className="text-xs text-slate-600" data-testid="preview-message-count">
        {sent.length === 0
          ? "No messages."
          : `${sent.length === 1 ? "1 message" : `${sent.length} messages`}: ${sent.map((m) => `${CHANNEL_LABELS[m.channel]} at ${formatOffset(result.start, m.at)}`).join(", ")}.`}
      </p>
      {showNotes && result.notes.length > 0 && (
        <ul className="space-y-0.5 text-[11px] text-slate-500" aria-label="Preview notes">
          {result.notes.map((note) => (
            <li key={note} className="flex items-start gap-1">
              <Info className="mt-px size-3 shrink-0" aria-hidden /> {note}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
