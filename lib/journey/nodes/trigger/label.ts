import { describeCondition } from "../../conditions/describe-condition";
import { describeDuration } from "../../duration";
import type { TTriggerData } from "./schema";

export const triggerLabel = "Trigger";
export const triggerDescription = "How profiles enter: an event, a segment, a schedule or the API.";

const REENTRY_WORDS = { never: "once per profile", afterExit: "again after exit", always: "any time" } as const;

function describeSource(source: TTriggerData["source"]): string {
  switch (source.kind) {
    case "event": {
      const name = source.event.trim() === "" ? "an event (not chosen)" : `"${source.event}"`;
      return `When ${name} happens${source.where ? ` and ${describeCondition(source.where)}` : ""}`;
    }
    case "segmentEntry":
      return source.segmentId.trim() === "" ? "On entering a segment (not chosen)" : `On entering segment "${source.segmentId}"`;
    case "schedule":
      return `On schedule ${source.cron} (${source.timezone})${source.audienceSegmentId ? ` for segment "${source.audienceSegmentId}"` : ""}`;
    case "api":
      return "When enrolled through the API";
  }
}

/** "When "Cart Abandoned" happens · again after exit". */
export function summarizeTrigger(data: TTriggerData): string {
  const limit = data.entryLimit
    ? ` · max ${data.entryLimit.max}${data.entryLimit.per ? ` per ${describeDuration(data.entryLimit.per)}` : ""}`
    : "";
  return `${describeSource(data.source)} · ${REENTRY_WORDS[data.reentry]}${limit}`;
}
