import { assertNever } from "../../../engine/assert-never";
import type { TNodeOutcome, TNodeRunInput } from "../../../engine/types";
import type { TTriggerData } from "./schema";

function describeEntry(data: TTriggerData, input: TNodeRunInput): string {
  const source = data.source;
  switch (source.kind) {
    case "event":
      return `entered on "${input.enrollment.memory.triggerEvent?.name ?? source.event}"`;
    case "segmentEntry":
      return `entered segment "${source.segmentId}"`;
    case "schedule":
      return `entered on schedule ${source.cron} (${source.timezone})`;
    case "api":
      return "enrolled through the API";
    default:
      return assertNever(source, "trigger source");
  }
}

/**
 * A profile arriving at the trigger has been enrolled already (`shouldEnroll` decided that): log
 * how it came in and move on.
 */
export function runTrigger(data: TTriggerData, input: TNodeRunInput): TNodeOutcome {
  return { kind: "continue", handle: "next", action: "entered", reason: describeEntry(data, input) };
}
