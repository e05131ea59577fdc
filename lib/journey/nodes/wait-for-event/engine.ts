import { conditionContextOf, eventsWithResume } from "../../../engine/conditions/condition-context";
import { evaluateCondition } from "../../../engine/conditions/evaluate-condition";
import { formatAgo } from "../../../engine/time/format-time";
import type { TContextEvent, TNodeOutcome, TNodeRunInput } from "../../../engine/types";
import { describeDuration, durationToMs } from "../../duration";
import type { TWaitForEventData } from "./schema";

/** The first matching event strictly after the wait began and before its deadline. */
function awaitedEvent(data: TWaitForEventData, input: TNodeRunInput, since: number, deadline: number): TContextEvent | undefined {
  const base = conditionContextOf(input.context);
  const latest = Math.min(deadline, input.now.getTime() + 1);
  return eventsWithResume(input.context)
    .filter((event) => {
      const at = event.timestamp.getTime();
      if (event.name !== data.event || at <= since || at >= latest) return false;
      return data.where === undefined || evaluateCondition(data.where, { ...base, event }, input.now);
    })
    .sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime())[0];
}

/**
 * On arrival, park until the timeout, listening for the event. Resumed (by the event being
 * ingested, or by the clock): a matching event that happened after the wait began and before the
 * deadline takes the `event` path, even if the step runs late; otherwise, at or after the
 * deadline, the `timeout` path; otherwise keep waiting.
 */
export function runWaitForEvent(data: TWaitForEventData, input: TNodeRunInput): TNodeOutcome {
  const { now, nodeId } = input;
  const timeoutMs = durationToMs(data.timeout);
  if (input.arrival === "enter") {
    const wakeAt = new Date(now.getTime() + timeoutMs);
    const reason = `waiting up to ${describeDuration(data.timeout)} for "${data.event}"`;
    return { kind: "park", wakeAt, waitingFor: { event: data.event, nodeId }, action: "waiting", reason };
  }
  const deadline = input.enrollment.wakeAt?.getTime() ?? now.getTime();
  const event = awaitedEvent(data, input, deadline - timeoutMs, deadline);
  if (event) {
    const reason = `"${event.name}" happened ${formatAgo(event.timestamp.getTime(), now.getTime())}`;
    return { kind: "continue", handle: "event", action: "eventReceived", reason };
  }
  if (now.getTime() >= deadline) {
    return { kind: "continue", handle: "timeout", action: "timedOut", reason: `no "${data.event}" within ${describeDuration(data.timeout)}` };
  }
  return { kind: "stay" };
}
