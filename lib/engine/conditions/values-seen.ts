import { CHANNEL_LABELS } from "../../journey/channels";
import type { TCondition } from "../../journey/conditions/schema";
import { flattenCondition } from "../../journey/conditions/walk-condition";
import { describeDuration } from "../../journey/duration";
import { formatAgo } from "../time/format-time";
import type { TConditionContext } from "./condition-context";
import { matchingEvents } from "./evaluate-condition";
import { readConditionPath } from "./read-path";

/** Values named per sentence, and characters per value: a log line, not a dump. */
const MAX_VALUES = 6;
const MAX_VALUE_CHARS = 40;

function showValue(value: unknown): string {
  if (value === undefined) return "(not set)";
  const text = value instanceof Date ? value.toISOString() : (JSON.stringify(value) ?? String(value));
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

/** What one leaf of a tree read, as "plan = \"pro\"" or "\"Order Completed\" 2 times in the last 7 days". */
function seen(condition: TCondition, ctx: TConditionContext, now: Date): string | undefined {
  switch (condition.kind) {
    case "trait":
      return `${condition.path} = ${showValue(readConditionPath(ctx.traits, ctx.event, condition.path))}`;
    case "event": {
      const count = matchingEvents(condition, ctx.events, now).length;
      const window = condition.within ? ` in the last ${describeDuration(condition.within)}` : "";
      return `"${condition.name}" ${count} ${count === 1 ? "time" : "times"}${window}`;
    }
    case "engagement": {
      const at = ctx.engagement[condition.nodeId]?.[condition.engagement] ?? null;
      const known = at !== null && at.getTime() <= now.getTime();
      return `${condition.nodeId} ${condition.engagement}: ${known ? formatAgo(at.getTime(), now.getTime()) : "no"}`;
    }
    case "consent":
      return `${CHANNEL_LABELS[condition.channel]} consent: ${ctx.consent[condition.channel] ?? "neverAsked"}`;
    case "segment":
      return `${ctx.segments.includes(condition.segmentId) ? "in" : "not in"} segment ${condition.segmentId}`;
    default:
      return undefined;
  }
}

/**
 * The values a condition tree read at `now`, once each, for a step log that says not only which
 * path a branch took but what it saw ("saw plan = \"pro\", score = 12"). Empty for a tree that
 * reads nothing (an empty group).
 */
export function valuesSeen(conditions: readonly TCondition[], ctx: TConditionContext, now: Date): string[] {
  const out: string[] = [];
  for (const condition of conditions.flatMap((c) => flattenCondition(c))) {
    const text = seen(condition, ctx, now);
    if (text !== undefined && !out.includes(text)) out.push(text);
    if (out.length === MAX_VALUES) break;
  }
  return out;
}
