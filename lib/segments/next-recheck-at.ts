import type { TConditionContext } from "../engine/conditions/condition-context";
import { toTime } from "../engine/conditions/compare-values";
import { readConditionPath, readPath } from "../engine/conditions/read-path";
import type { TComparisonOperator, TComparisonValue, TCondition } from "../journey/conditions/schema";
import { flattenCondition } from "../journey/conditions/walk-condition";
import { durationToMs, ZDuration } from "../journey/duration";

/**
 * When a `withinLast` comparison of the instant `at` can change its answer after `now`: at `at`
 * itself when it lies ahead (it enters the window), or 1 ms after it leaves the window (the window
 * includes its edge).
 */
function comparisonFlips(at: number | undefined, op: TComparisonOperator, value: TComparisonValue | undefined, now: number): number[] {
  if (op !== "withinLast" || at === undefined) return [];
  const duration = ZDuration.safeParse(value);
  if (!duration.success) return [];
  if (at > now) return [at];
  return [at + durationToMs(duration.data) + 1];
}

function eventFlips(condition: Extract<TCondition, { kind: "event" }>, ctx: TConditionContext, now: number): number[] {
  const out: number[] = [];
  const windowMs = condition.within ? durationToMs(condition.within) : Infinity;
  for (const event of ctx.events) {
    if (event.name !== condition.name) continue;
    const at = event.timestamp.getTime();
    // An event ahead of `now` starts counting when it happens; one in the window stops after it.
    if (at > now) out.push(at);
    else if (Number.isFinite(windowMs) && at + windowMs >= now) out.push(at + windowMs + 1);
    for (const filter of condition.where ?? []) {
      const path = filter.path.startsWith("properties.") ? filter.path.slice("properties.".length) : filter.path;
      out.push(...comparisonFlips(toTime(readPath(event.properties, path)), filter.op, filter.value, now));
    }
  }
  return out;
}

/**
 * The earliest moment after `now` at which a time-relative part of `definition` could change its
 * answer for this profile without any new data: an event leaving (or entering) a counting window,
 * a trait date leaving a `withinLast` window. Null when nothing in the definition moves with time.
 * Conservative: it may name a moment where the overall answer stays the same (a recheck then
 * finds nothing to do and computes the next moment), never one too late.
 */
export function nextRecheckAt(definition: TCondition, ctx: TConditionContext, now: Date): Date | null {
  const t = now.getTime();
  const candidates: number[] = [];
  for (const c of flattenCondition(definition)) {
    if (c.kind === "event") candidates.push(...eventFlips(c, ctx, t));
    else if (c.kind === "trait") candidates.push(...comparisonFlips(toTime(readConditionPath(ctx.traits, ctx.event, c.path)), c.op, c.value, t));
  }
  const next = candidates.filter((at) => at > t).reduce((min, at) => Math.min(min, at), Infinity);
  return Number.isFinite(next) ? new Date(next) : null;
}
