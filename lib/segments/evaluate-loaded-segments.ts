import type { TConditionContext } from "../engine/conditions/condition-context";
import { evaluateCondition } from "../engine/conditions/evaluate-condition";
import type { TSegmentDefinition } from "./load-active-segments";
import { nextRecheckAt } from "./next-recheck-at";

/** One profile's answer for one segment, and when a time window may change it. */
export type TSegmentAnswer = { member: boolean; recheckAt: Date | null };

/** profileId → segmentId → answer. */
export type TSegmentAnswers = Map<string, Map<string, TSegmentAnswer>>;

/**
 * Evaluates `ordered` segments (dependencies first, see orderSegments) for every loaded profile
 * with the journeys' own evaluateCondition. A segment evaluated here reads the fresh answers of
 * the segments before it; any other segment reads its stored membership from the context.
 */
export function evaluateLoadedSegments(ordered: readonly TSegmentDefinition[], contexts: ReadonlyMap<string, TConditionContext>, now: Date): TSegmentAnswers {
  const evaluated = new Set(ordered.map((s) => s.id));
  const answers: TSegmentAnswers = new Map();
  for (const [profileId, base] of contexts) {
    const inSegments = new Set(base.segments.filter((id) => !evaluated.has(id)));
    const mine = new Map<string, TSegmentAnswer>();
    for (const segment of ordered) {
      const ctx: TConditionContext = { ...base, segments: [...inSegments] };
      const member = evaluateCondition(segment.definition, ctx, now);
      if (member) inSegments.add(segment.id);
      mine.set(segment.id, { member, recheckAt: nextRecheckAt(segment.definition, ctx, now) });
    }
    answers.set(profileId, mine);
  }
  return answers;
}
