import { durationToMs } from "../journey/duration";
import type { TJourneySettings } from "../journey/settings";
import { conditionContextOf, eventsWithResume } from "./conditions/condition-context";
import { evaluateCondition } from "./conditions/evaluate-condition";
import { explainCondition } from "./conditions/explain-condition";
import type { TContextEvent, TEnrollmentState, TStepContext } from "./types";

export type TJourneyRulesResult = {
  /** The goal was reached by this event, and had not been recorded before. */
  converted: { at: Date; event: string } | null;
  /** The enrollment must leave now: goal reached with exit-on-goal, or exit criteria met. */
  exit: { reason: string } | null;
};

function isTriggerEvent(event: TContextEvent, enrollment: Pick<TEnrollmentState, "memory">): boolean {
  const trigger = enrollment.memory.triggerEvent;
  return trigger !== undefined && trigger.name === event.name && trigger.timestamp.getTime() === event.timestamp.getTime();
}

/** The first event that reaches the goal: after entry, inside the goal window, not later than now. */
function goalEvent(settings: TJourneySettings, enrollment: Pick<TEnrollmentState, "enteredAt" | "memory">, context: TStepContext, now: Date): TContextEvent | undefined {
  const goal = settings.goal;
  if (!goal) return undefined;
  const from = enrollment.enteredAt.getTime();
  const until = Math.min(from + durationToMs(goal.within), now.getTime());
  const base = conditionContextOf(context);
  return eventsWithResume(context)
    .filter((event) => {
      const at = event.timestamp.getTime();
      if (event.name !== goal.event || at < from || at > until || isTriggerEvent(event, enrollment)) return false;
      return goal.where === undefined || evaluateCondition(goal.where, { ...base, event }, now);
    })
    .sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime())[0];
}

/**
 * The journey-level rules, checked at the start of every step, before every send and whenever an
 * ingested event reaches an enrolled profile: has the profile converted (the goal event, within
 * the goal window from entry), and must it leave (exit on goal, or the exit criteria match)?
 * A conversion is reported once; the enrollment's memory remembers it.
 */
export function checkJourneyRules(
  settings: TJourneySettings,
  enrollment: Pick<TEnrollmentState, "enteredAt" | "memory">,
  context: TStepContext,
  now: Date,
): TJourneyRulesResult {
  const already = enrollment.memory.converted;
  const event = already ? undefined : goalEvent(settings, enrollment, context, now);
  const converted = event ? { at: event.timestamp, event: event.name } : null;
  const goal = settings.goal;
  if (goal?.exitOnGoal && (converted || already)) {
    return { converted, exit: { reason: `goal reached: performed "${goal.event}"` } };
  }
  if (settings.exitCriteria) {
    const ctx = conditionContextOf(context);
    if (evaluateCondition(settings.exitCriteria, ctx, now)) {
      return { converted, exit: { reason: `exit criteria met: ${explainCondition(settings.exitCriteria, ctx, now)}` } };
    }
  }
  return { converted, exit: null };
}
