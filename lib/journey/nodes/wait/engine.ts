import { formatLocalTime } from "../../../engine/time/format-time";
import { nextTimeOfDay } from "../../../engine/time/next-time-of-day";
import type { TNodeOutcome, TNodeRunInput } from "../../../engine/types";
import { describeDuration, durationToMs } from "../../duration";
import type { TWaitData } from "./schema";

function wakeTime(data: TWaitData, input: TNodeRunInput): Date {
  return data.mode === "duration"
    ? new Date(input.now.getTime() + durationToMs(data.duration))
    : nextTimeOfDay(input.now, data.time, input.timeZone, data.days);
}

/**
 * On arrival, park until the wake time: a fixed duration from now, or the next `time` (on one of
 * `days`) on the profile's own clock. Woken at or after that time, continue; stepped earlier (an
 * event came in for the profile), stay parked.
 */
export function runWait(data: TWaitData, input: TNodeRunInput): TNodeOutcome {
  const { now } = input;
  if (input.arrival === "resume") {
    const due = input.enrollment.wakeAt;
    if (due !== null && now.getTime() < due.getTime()) return { kind: "stay" };
    const reason = data.mode === "duration" ? `waited ${describeDuration(data.duration)}` : `it is ${data.time} in ${input.timeZone}`;
    return { kind: "continue", handle: "next", action: "resumed", reason };
  }
  const wakeAt = wakeTime(data, input);
  const reason = data.mode === "duration" ? `waiting ${describeDuration(data.duration)}` : `waiting until ${formatLocalTime(wakeAt, input.timeZone, now)}`;
  return { kind: "park", wakeAt, waitingFor: null, action: "waiting", reason };
}
