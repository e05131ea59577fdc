import type { TCondition, TEventCondition } from "../../journey/conditions/schema";
import { MAX_CONDITION_DEPTH } from "../../journey/conditions/walk-condition";
import { durationToMs } from "../../journey/duration";
import { assertNever } from "../assert-never";
import type { TContextEvent } from "../types";
import { compareValues } from "./compare-values";
import type { TConditionContext } from "./condition-context";
import { readConditionPath, readPath } from "./read-path";

/**
 * The profile's events that an event condition counts: same name, not later than `now`, inside
 * the window when there is one, and matching every property filter. Oldest first.
 */
export function matchingEvents(condition: TEventCondition, events: readonly TContextEvent[], now: Date): TContextEvent[] {
  const until = now.getTime();
  const from = condition.within ? until - durationToMs(condition.within) : -Infinity;
  return events
    .filter((event) => {
      const at = event.timestamp.getTime();
      if (event.name !== condition.name || at > until || at < from) return false;
      return (condition.where ?? []).every((filter) => {
        // Filters name properties ("total"); "properties.total" is accepted too.
        const path = filter.path.startsWith("properties.") ? filter.path.slice("properties.".length) : filter.path;
        return compareValues(readPath(event.properties, path), filter.op, filter.value, now);
      });
    })
    .sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
}

function countMatches(op: TEventCondition["op"], actual: number, expected: number): boolean {
  switch (op) {
    case "atLeast":
      return actual >= expected;
    case "atMost":
      return actual <= expected;
    case "exactly":
      return actual === expected;
    default:
      return assertNever(op, "event count operator");
  }
}

/** Thrown (and caught below) when a tree is nested deeper than any the editor builds. */
class TooDeep extends Error {}

function evaluate(condition: TCondition, ctx: TConditionContext, now: Date, depth: number): boolean {
  if (depth > MAX_CONDITION_DEPTH) throw new TooDeep();
  switch (condition.kind) {
    case "all":
      return condition.conditions.every((child) => evaluate(child, ctx, now, depth + 1));
    case "any":
      return condition.conditions.some((child) => evaluate(child, ctx, now, depth + 1));
    case "not":
      return !evaluate(condition.condition, ctx, now, depth + 1);
    case "trait":
      return compareValues(readConditionPath(ctx.traits, ctx.event, condition.path), condition.op, condition.value, now);
    case "event":
      return countMatches(condition.op, matchingEvents(condition, ctx.events, now).length, condition.count);
    case "engagement": {
      // Engagement reported for a later moment (a simulation's model) is not known yet.
      const at = ctx.engagement[condition.nodeId]?.[condition.engagement] ?? null;
      const engaged = at !== null && at.getTime() <= now.getTime();
      return condition.negate ? !engaged : engaged;
    }
    case "consent":
      return (ctx.consent[condition.channel] ?? "neverAsked") === condition.status;
    case "segment":
      return ctx.segments.includes(condition.segmentId) === condition.inSegment;
    default:
      return assertNever(condition, "condition kind");
  }
}

/**
 * Whether the profile (and the event being matched, if any) satisfies a condition tree at `now`.
 * Pure: the clock is a parameter, the context is only read. An empty `all` matches, an empty
 * `any` does not, the usual logic of groups. A tree nested deeper than `MAX_CONDITION_DEPTH`
 * does not match.
 */
export function evaluateCondition(condition: TCondition, ctx: TConditionContext, now: Date): boolean {
  try {
    return evaluate(condition, ctx, now, 0);
  } catch (error) {
    // The whole tree fails to match, whatever negations sit above the cut: never guess.
    if (error instanceof TooDeep) return false;
    throw error;
  }
}
