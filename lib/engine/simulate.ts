import type { TChannel } from "../journey/channels";
import { applyTraitAssignments } from "./apply-trait-assignments";
import { createEnrollment } from "./create-enrollment";
import { sendVariables, type TSendVariables } from "./send-variables";
import { lookupGraph } from "./graph-lookup";
import { shouldEnroll } from "./should-enroll";
import { step } from "./step";
import type { TContextEvent, TEffect, TEngagement, TEnrollmentState, TJourneyVersion, TLogAction, TSendEffect, TStepContext, TStepResult } from "./types";

/** What the simulated profile does with a message: when (if ever) it is delivered, opened, clicked. */
export type TEngagementModel = (send: { nodeId: string; channel: TChannel; templateId: string; at: Date }) => Partial<TEngagement>;

export type TSimulationOptions = {
  /** Entry time for segment, schedule and API triggers; for event triggers, the earliest entry. */
  start: Date;
  /** The virtual clock stops here. */
  until: Date;
  /** Default: delivered when sent, never opened or clicked. */
  engagement?: TEngagementModel;
  enrollmentId?: string;
  /** Bound on steps; a journey looping on short waits stops here. Default 1000. */
  maxIterations?: number;
  /** The journey's name, as templates print it (`journey.name`). */
  journeyName?: string;
};

export type TSimulationStep = { at: Date; nodeId: string; nodeType: string; action: TLogAction; reason: string; handle?: string };

/** A message the simulated profile would get, with the variables its template is rendered with (as the runner renders it). */
export type TSimulatedMessage = { at: Date; send: TSendEffect; variables: TSendVariables };

export type TSimulationResult = {
  /** Every logged decision, in order. */
  steps: TSimulationStep[];
  /** Every send, in order, with what its template would read at that moment. */
  messages: TSimulatedMessage[];
  /** Every effect, in order (sends, schedules, profile updates, conversions, the exit). */
  effects: TEffect[];
  /** The enrollment at the end; null when the profile never entered. */
  enrollment: TEnrollmentState | null;
  stoppedBecause: "ended" | "until" | "notEnrolled" | "iterationLimit";
  /** Why the profile never entered, when it did not. */
  reason?: string;
  iterations: number;
};

type TEntry = { at: Date; event?: TContextEvent; index: number } | { reason: string };

/** When and on which timeline event (for event triggers) the profile enters. */
function findEntry(version: TJourneyVersion, context: TStepContext, timeline: readonly TContextEvent[], options: TSimulationOptions): TEntry {
  const trigger = lookupGraph(version.graph).trigger();
  if (!trigger || trigger.type !== "trigger") return { reason: "the journey has no trigger" };
  if (trigger.data.source.kind !== "event") return { at: options.start, index: -1 };
  const eventName = trigger.data.source.event;
  const index = timeline.findIndex((event) => {
    const at = event.timestamp.getTime();
    if (at < options.start.getTime() || at > options.until.getTime()) return false;
    return shouldEnroll({ trigger: trigger.data, settings: version.settings, event, existing: [], now: event.timestamp, context }).enroll;
  });
  const event = timeline[index];
  return event ? { at: event.timestamp, event, index } : { reason: `no matching "${eventName}" event in the timeline` };
}

/** The context after a send: one more message for the caps, and the modelled engagement with it. */
function withSend(context: TStepContext, send: TSendEffect, now: Date, model: TEngagementModel | undefined): TStepContext {
  const sent = { channel: send.channel, at: now, journeyId: context.journey.id, exempt: send.frequencyCapExempt };
  const modelled = model?.({ nodeId: send.nodeId, channel: send.channel, templateId: send.templateId, at: now }) ?? {};
  const engagement: TEngagement = { delivered: modelled.delivered === undefined ? now : modelled.delivered, opened: modelled.opened ?? null, clicked: modelled.clicked ?? null };
  return { ...context, messages: [...context.messages, sent], engagement: { ...context.engagement, [send.nodeId]: engagement } };
}

/**
 * A journey run for one profile on a virtual clock, for the editor's preview and for tests: the
 * same `step` the runner uses, driven from entry to the next wake time or the next timeline event
 * (fed as the ingested event and added to the profile's events), whichever comes first, applying
 * profile updates and sends (with engagement from `engagement`) to the context as it goes. Stops
 * when the enrollment ends, at `until`, or after `maxIterations` steps.
 */
export function simulateJourney(
  version: TJourneyVersion,
  profileContext: TStepContext,
  timeline: readonly TContextEvent[],
  options: TSimulationOptions,
): TSimulationResult {
  const sorted = [...timeline].sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
  const entry = findEntry(version, profileContext, sorted, options);
  if ("reason" in entry) return { steps: [], messages: [], effects: [], enrollment: null, stoppedBecause: "notEnrolled", reason: entry.reason, iterations: 0 };

  const entryMs = entry.at.getTime();
  const pending = sorted.filter((event, i) => i !== entry.index && event.timestamp.getTime() >= entryMs);
  // The simulation decides which event is being ingested at each moment; a caller's is dropped.
  const { resumeEvent: _callerEvent, ...base } = profileContext;
  let context: TStepContext = {
    ...base,
    events: [...profileContext.events, ...sorted.filter((event, i) => i === entry.index || event.timestamp.getTime() < entryMs)],
    engagement: { ...profileContext.engagement },
  };
  const steps: TSimulationStep[] = [];
  const messages: TSimulatedMessage[] = [];
  const effects: TEffect[] = [];

  const absorb = (result: TStepResult, now: Date): TEnrollmentState => {
    for (const effect of result.effects) {
      effects.push(effect);
      if (effect.type === "log") steps.push({ at: effect.at, nodeId: effect.nodeId, nodeType: effect.nodeType, action: effect.action, reason: effect.reason, ...(effect.handle ? { handle: effect.handle } : {}) });
      if (effect.type === "send") {
        context = withSend(context, effect, now, options.engagement);
        messages.push({ at: now, send: effect, variables: sendVariables(effect, result.enrollment, options.journeyName ?? "") });
      }
      if (effect.type === "updateProfile") {
        context = { ...context, profile: { ...context.profile, traits: applyTraitAssignments(context.profile.traits, effect.assignments) } };
      }
    }
    return result.enrollment;
  };

  const start = createEnrollment({
    id: options.enrollmentId ?? "simulation",
    journeyId: profileContext.journey.id,
    versionId: version.id,
    profileId: profileContext.profile.id,
    graph: version.graph,
    ...(entry.event ? { triggerEvent: entry.event } : {}),
    now: entry.at,
  });
  let enrollment = absorb(step(version, start, entry.event ? { ...context, resumeEvent: entry.event } : context, entry.at), entry.at);
  const max = options.maxIterations ?? 1000;
  let iterations = 1;
  let now = entry.at;
  const done = (stoppedBecause: TSimulationResult["stoppedBecause"]): TSimulationResult => ({ steps, messages, effects, enrollment, stoppedBecause, iterations });
  for (; iterations < max; iterations++) {
    if (enrollment.state === "completed" || enrollment.state === "exited") return done("ended");
    const event = pending[0];
    const wake = enrollment.wakeAt;
    const useEvent = event !== undefined && (wake === null || event.timestamp.getTime() <= wake.getTime());
    const at = useEvent ? event.timestamp : wake;
    if (at === null || at.getTime() > options.until.getTime()) return done("until");
    now = new Date(Math.max(at.getTime(), now.getTime()));
    if (useEvent) {
      pending.shift();
      context = { ...context, events: [...context.events, event] };
      enrollment = absorb(step(version, enrollment, { ...context, resumeEvent: event }, now), now);
    } else {
      enrollment = absorb(step(version, enrollment, context, now), now);
    }
  }
  return done(enrollment.state === "completed" || enrollment.state === "exited" ? "ended" : "iterationLimit");
}
