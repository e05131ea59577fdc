import { describeCondition } from "../journey/conditions/describe-condition";
import { describeDuration, durationToMs, type TDuration } from "../journey/duration";
import type { TTriggerData } from "../journey/nodes/trigger/schema";
import type { TJourneySettings } from "../journey/settings";
import { conditionContextOf, type TConditionContext } from "./conditions/condition-context";
import { assertNever } from "./assert-never";
import { evaluateCondition } from "./conditions/evaluate-condition";
import type { TContextEvent, TEnrollmentStatus, TStepContext } from "./types";

/** One earlier enrollment of the same profile in the same journey (any version). */
export type TEnrollmentSummary = { state: TEnrollmentStatus; enteredAt: Date };

export type TShouldEnrollOptions = {
  trigger: TTriggerData;
  settings: TJourneySettings;
  /** The event being ingested; null for segment-entry, schedule and API enrolment. */
  event: TContextEvent | null;
  /** The profile's enrollments in this journey so far. */
  existing: readonly TEnrollmentSummary[];
  now: Date;
  /** The profile, for trigger filters that read traits; without it only `event.*` paths can match. */
  context?: TStepContext;
  /** Entries into the journey by all profiles within `settings.entryLimit.per` before now, when that throttle is set. */
  journeyEntries?: number;
};

/**
 * Why a profile was not enrolled, for machines. `noMatch`: the trigger did not fire (another
 * event, a filter that is false, no event) — not a refusal. The other three are refusals of a
 * trigger that did match, recorded per journey and profile (`EnrollmentRefusal.reason`).
 */
export type TEnrollRefusalCode = "noMatch" | "reentryBlocked" | "entryLimit" | "journeyEntryLimit";

export type TEnrollDecision = { enroll: true } | { enroll: false; code: TEnrollRefusalCode; reason: string };

const EMPTY: TConditionContext = { traits: {}, events: [], engagement: {}, consent: {}, segments: [] };

function describeLimit(max: number, per: TDuration | undefined): string {
  return `${max} ${max === 1 ? "entry" : "entries"}${per ? ` per ${describeDuration(per)}` : " in total"}`;
}

function eventDecision(options: TShouldEnrollOptions): TEnrollDecision {
  const source = options.trigger.source;
  if (source.kind !== "event") return { enroll: true };
  const event = options.event;
  if (!event) return { enroll: false, code: "noMatch", reason: `needs a "${source.event}" event` };
  if (event.name !== source.event) return { enroll: false, code: "noMatch", reason: `"${event.name}" does not trigger this journey (it starts on "${source.event}")` };
  if (!source.where) return { enroll: true };
  const ctx = { ...(options.context ? conditionContextOf(options.context) : EMPTY), event };
  return evaluateCondition(source.where, ctx, options.now)
    ? { enroll: true }
    : { enroll: false, code: "noMatch", reason: `"${event.name}" does not match the trigger filter (${describeCondition(source.where)})` };
}

function reentryDecision(options: TShouldEnrollOptions): TEnrollDecision {
  const { existing, trigger } = options;
  switch (trigger.reentry) {
    case "never":
      return existing.length > 0 ? { enroll: false, code: "reentryBlocked", reason: "already entered once (re-entry: never)" } : { enroll: true };
    case "afterExit":
      return existing.some((e) => e.state === "active" || e.state === "waiting")
        ? { enroll: false, code: "reentryBlocked", reason: "already in this journey (re-entry only after exit)" }
        : { enroll: true };
    case "always":
      return { enroll: true };
    default:
      return assertNever(trigger.reentry, "re-entry policy");
  }
}

function limitDecision(options: TShouldEnrollOptions): TEnrollDecision {
  const limit = options.trigger.entryLimit;
  if (limit) {
    const from = limit.per ? options.now.getTime() - durationToMs(limit.per) : -Infinity;
    const entries = options.existing.filter((e) => e.enteredAt.getTime() > from).length;
    if (entries >= limit.max) return { enroll: false, code: "entryLimit", reason: `entry limit reached: ${describeLimit(limit.max, limit.per)}` };
  }
  const journeyLimit = options.settings.entryLimit;
  if (journeyLimit && options.journeyEntries !== undefined && options.journeyEntries >= journeyLimit.max) {
    return { enroll: false, code: "journeyEntryLimit", reason: `journey entry limit reached: ${describeLimit(journeyLimit.max, journeyLimit.per)} for all profiles` };
  }
  return { enroll: true };
}

/**
 * Whether a profile enters a journey now: the event matches the trigger (name and filter), the
 * re-entry policy allows it (never: once in a lifetime; afterExit: not while an earlier run is
 * active or waiting; always: in parallel), and neither the per-profile entry limit nor the
 * journey-wide throttle is reached. Pure: the caller loads the earlier enrollments and counts.
 */
export function shouldEnroll(options: TShouldEnrollOptions): TEnrollDecision {
  for (const decide of [eventDecision, reentryDecision, limitDecision]) {
    const decision = decide(options);
    if (!decision.enroll) return decision;
  }
  return { enroll: true };
}
