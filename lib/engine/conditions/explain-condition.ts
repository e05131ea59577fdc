import { describeCondition } from "../../journey/conditions/describe-condition";
import type { TCondition } from "../../journey/conditions/schema";
import { formatAgo } from "../time/format-time";
import type { TConditionContext } from "./condition-context";
import { evaluateCondition, matchingEvents } from "./evaluate-condition";

/**
 * Why a condition that matched did, for step logs: the matching branch of an `any`, and for
 * "performed X" the moment of the latest such event (`performed "Order Completed" 2 h ago`).
 * Falls back to the condition's own sentence.
 */
export function explainCondition(condition: TCondition, ctx: TConditionContext, now: Date): string {
  switch (condition.kind) {
    case "any": {
      const matched = condition.conditions.find((child) => evaluateCondition(child, ctx, now));
      return matched ? explainCondition(matched, ctx, now) : describeCondition(condition);
    }
    case "all":
      return condition.conditions.length > 0 && condition.conditions.length <= 3
        ? condition.conditions.map((child) => explainCondition(child, ctx, now)).join(" and ")
        : describeCondition(condition);
    case "event": {
      const events = matchingEvents(condition, ctx.events, now);
      const latest = events[events.length - 1];
      if (condition.op !== "atLeast" || condition.count < 1 || !latest) return describeCondition(condition);
      const ago = formatAgo(latest.timestamp.getTime(), now.getTime());
      const times = events.length === 1 ? "" : ` ${events.length} times, last`;
      return `performed "${condition.name}"${times} ${ago}`;
    }
    default:
      return describeCondition(condition);
  }
}
