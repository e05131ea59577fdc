"use client";

import clsx from "clsx";
import { ChevronRight } from "lucide-react";
import { CHANNEL_LABELS } from "@/lib/journey/channels";
import type { TPreviewMessage, TPreviewStep } from "@/lib/preview/preview-schemas";
import { ActionBadge } from "./action-badge";
import { PreviewMessageCard } from "./preview-message-card";
import { formatOffset, stepTimes } from "./preview-time";

type TProps = {
  step: Pick<TPreviewStep, "at" | "nodeId" | "nodeLabel" | "action" | "reason">;
  /** the visit number its card carries on the canvas; null for the live log (no canvas numbers) */
  number: number | null;
  /** the first line of its visit (later lines of one visit show the number faintly) */
  firstOfVisit: boolean;
  start: string;
  timeZone: string | null;
  message?: TPreviewMessage;
  profileLabel: string;
  current?: boolean;
  /** where two versions' paths part */
  marked?: boolean;
};

/** One decision of the timeline: the step, the log's action and reason, and when (offset, her time, UTC); a send opens its message. */
export function TimelineStep({ step, number, firstOfVisit, start, timeZone, message, profileLabel, current, marked }: TProps) {
  const times = stepTimes(step.at, timeZone);
  return (
    <li
      className={clsx("relative flex gap-2.5 rounded-md px-2 py-2", current && "bg-brand-50 ring-1 ring-brand-500/30", marked && "bg-amber-50 ring-2 ring-amber-400")}
      data-testid="timeline-step"
      data-node={step.nodeId}
      data-action={step.action}
      aria-current={current ? "step" : undefined}
      data-marked={marked || undefined}
    >
      {number !== null && (
        <span className={clsx("mt-0.5 flex h-5 min-w-5 shrink-0 items-center justify-center rounded-full px-1 text-[11px] font-bold", firstOfVisit ? "bg-emerald-600 text-white" : "bg-emerald-100 text-emerald-800")} aria-hidden>
          {number}
        </span>
      )}
      <div className="min-w-0 flex-1 space-y-0.5">
        <p className="flex items-start gap-2 text-sm">
          <span className="min-w-0 flex-1 font-medium text-slate-900">{step.nodeLabel}</span>
          <span className="shrink-0 text-xs font-medium tabular-nums text-slate-500">{formatOffset(start, step.at)}</span>
        </p>
        <p className="break-words text-[13px] text-slate-700">
          <ActionBadge action={step.action} /> <span data-testid="step-reason">{step.reason}</span>
        </p>
        <p className="text-[11px] text-slate-500">
          <time dateTime={step.at}>
            {times.local}
            {times.zone !== "UTC" && ` ${times.zone}`}
          </time>
          {times.zone !== "UTC" && <span> · {times.utc} UTC</span>}
        </p>
        {message && (
          <details className="group mt-1 rounded-md border border-slate-200 bg-white" open={current}>
            <summary className="flex cursor-pointer list-none items-center gap-1 px-2 py-1 text-xs font-medium text-brand-700 hover:underline">
              <ChevronRight className="size-3.5 transition-transform group-open:rotate-90" aria-hidden /> The {CHANNEL_LABELS[message.channel]} message
            </summary>
            <div className="border-t border-slate-100 p-2">
              <PreviewMessageCard message={message} timeZone={timeZone} profileLabel={profileLabel} />
            </div>
          </details>
        )}
      </div>
    </li>
  );
}
