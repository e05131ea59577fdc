import type { TChannel } from "../journey/channels";
import { updateTraits } from "../profiles/update-traits";
import { definitionFacts } from "../segments/definition-facts";
import { applyTraitAssignments } from "./apply-trait-assignments";
import { eventsInWindow, eventWindowMs } from "./context/event-window";
import { createEnrollment } from "./create-enrollment";
import { exitCriteriaAffectedBy, type TProfileChange } from "./exit-criteria-affected-by";
import { lookupGraph } from "./graph-lookup";
import { markFailedSends } from "./mark-failed-sends";
import { sendVariables, type TSendVariables } from "./send-variables";
import { shouldEnroll, type TEnrollmentSummary } from "./should-enroll";
import { step } from "./step";
import type { TConsentStatus, TContextEvent, TEffect, TEngagement, TEnrollmentState, TJourneyVersion, TLogAction, TSendEffect, TStepContext, TStepResult } from "./types";

/** What the simulated profile does with a message: when (if ever) it is delivered, opened, clicked. */
export type TEngagementModel = (send: { nodeId: string; channel: TChannel; templateId: string; at: Date }) => Partial<TEngagement>;

/** A scripted identify: traits (and consent, identities, place) the profile states at `timestamp`, already normalised as ingestion does. */
export type TSimulatedIdentify = {
  type: "identify";
  timestamp: Date;
  traits: Record<string, unknown>;
  consent?: Partial<Record<TChannel, TConsentStatus>>;
  identities?: readonly { kind: string; value: string }[];
  timezone?: string | null;
  locale?: string | null;
};

/** A timeline item: a track event (the engine's event, `type` optional) or an identify. */
export type TSimulatedEvent = (TContextEvent & { type?: "track" }) | TSimulatedIdentify;

export type TSimulationOptions = {
  /** Entry time for segment, schedule and API triggers; for event triggers, the earliest entry. With `resume`, the clock starts here. */
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
  /** The profile's earlier enrollments in this journey, for the re-entry policy and entry limits. */
  existing?: readonly TEnrollmentSummary[];
  /** Continue this enrollment (a live one, read back) instead of entering afresh. */
  resume?: TEnrollmentState;
  /**
   * Why a send could not be rendered (its template gone, on another channel, broken Liquid), as
   * the runner learns when it renders: the send is logged `failed` and, like a failed outbox row,
   * neither counts for the caps nor gets engagement.
   */
  sendFailure?: (send: TSendEffect) => string | null;
};

export type TSimulationStep = { at: Date; nodeId: string; nodeType: string; action: TLogAction; reason: string; handle?: string };

/** A message the simulated profile would get, with the variables its template is rendered with (as the runner renders it). */
export type TSimulatedMessage = { at: Date; send: TSendEffect; variables: TSendVariables; enrollment: TEnrollmentState; failed: string | null };

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
  /** Why the profile never entered, or why the run stopped early. */
  reason?: string;
  iterations: number;
};

/** The simulation's working state: the profile as it stands, every event it did, what was emitted. */
type TRun = {
  version: TJourneyVersion;
  options: TSimulationOptions;
  windowMs: number;
  context: TStepContext;
  /** every track event so far, history included; each step sees the loader's window of it */
  events: TContextEvent[];
  traitTimes: Record<string, string>;
  enrollment: TEnrollmentState | null;
  iterations: number;
  result: Pick<TSimulationResult, "steps" | "messages" | "effects">;
};

const isIdentify = (item: TSimulatedEvent): item is TSimulatedIdentify => item.type === "identify";
const isEnded = (enrollment: TEnrollmentState | null) => enrollment !== null && (enrollment.state === "completed" || enrollment.state === "exited");

/** The context after a send: one more message for the caps, and the modelled engagement with it (none for a send that failed to render). */
function withSend(context: TStepContext, send: TSendEffect, now: Date, model: TEngagementModel | undefined, failed: boolean): TStepContext {
  if (failed) return { ...context, engagement: { ...context.engagement, [send.nodeId]: { delivered: null, opened: null, clicked: null } } };
  const sent = { channel: send.channel, at: now, journeyId: context.journey.id, exempt: send.frequencyCapExempt };
  const modelled = model?.({ nodeId: send.nodeId, channel: send.channel, templateId: send.templateId, at: now }) ?? {};
  const engagement: TEngagement = { delivered: modelled.delivered === undefined ? now : modelled.delivered, opened: modelled.opened ?? null, clicked: modelled.clicked ?? null };
  return { ...context, messages: [...context.messages, sent], engagement: { ...context.engagement, [send.nodeId]: engagement } };
}

/** An identify folded into the profile as ingestion folds it: traits newest-wins (`updateTraits`), consent, identities (newest first), place. */
function foldIdentify(run: TRun, identify: TSimulatedIdentify): TProfileChange {
  const update = updateTraits({ traits: { ...run.context.profile.traits }, traitTimestamps: run.traitTimes }, identify.traits, identify.timestamp);
  run.traitTimes = update.traitTimestamps;
  const added = (identify.identities ?? []).filter((i) => !run.context.identities.some((known) => known.kind === i.kind && known.value === i.value));
  run.context = {
    ...run.context,
    profile: {
      ...run.context.profile,
      traits: update.traits,
      ...(identify.timezone ? { timezone: identify.timezone } : {}),
      ...(identify.locale ? { locale: identify.locale } : {}),
    },
    consent: { ...run.context.consent, ...identify.consent },
    identities: [...added, ...run.context.identities],
  };
  return { traits: Object.keys(identify.traits), consent: Object.keys(identify.consent ?? {}) as TChannel[] };
}

/** The context a step at `now` reads: the loader's window of the events, and the ingested event when there is one. */
function contextAt(run: TRun, now: Date, resumeEvent?: TContextEvent): TStepContext {
  const { resumeEvent: _none, ...base } = run.context;
  return { ...base, events: eventsInWindow(run.events, now, run.windowMs), ...(resumeEvent ? { resumeEvent } : {}) };
}

/** Fold a step's effects into the run, as the runner commits them and the next load reads them back. */
function absorb(run: TRun, stepped: TStepResult, now: Date): void {
  const sends = stepped.effects.filter((e): e is TSendEffect => e.type === "send");
  const failures = new Map(sends.map((send) => [send.idempotencyKey, run.options.sendFailure?.(send) ?? null]));
  const result = markFailedSends(stepped, sends.map((send) => ({ idempotencyKey: send.idempotencyKey, status: failures.get(send.idempotencyKey) ? "failed" : "pending", error: failures.get(send.idempotencyKey) ?? null })));
  for (const effect of result.effects) {
    run.result.effects.push(effect);
    if (effect.type === "log") run.result.steps.push({ at: effect.at, nodeId: effect.nodeId, nodeType: effect.nodeType, action: effect.action, reason: effect.reason, ...(effect.handle ? { handle: effect.handle } : {}) });
    if (effect.type === "send") {
      const failed = failures.get(effect.idempotencyKey) ?? null;
      run.context = withSend(run.context, effect, now, run.options.engagement, failed !== null);
      run.result.messages.push({ at: now, send: effect, variables: sendVariables(effect, result.enrollment, run.options.journeyName ?? ""), enrollment: result.enrollment, failed });
    }
    if (effect.type === "updateProfile" && effect.assignments.length > 0) {
      const traits = applyTraitAssignments(run.context.profile.traits, effect.assignments);
      const stamp = now.toISOString();
      run.traitTimes = { ...run.traitTimes, ...Object.fromEntries(effect.assignments.map((a) => [a.trait, stamp])) };
      run.context = { ...run.context, profile: { ...run.context.profile, traits } };
    }
  }
  run.enrollment = result.enrollment;
}

/** Whether the runner would re-check this enrollment's exit criteria after `change` (`recheckExitCriteria`). */
function rechecks(run: TRun, change: TProfileChange): boolean {
  const criteria = run.version.settings.exitCriteria;
  if (!criteria || run.enrollment === null || isEnded(run.enrollment)) return false;
  if ((change.traits?.length ?? 0) === 0 && (change.consent?.length ?? 0) === 0) return false;
  return exitCriteriaAffectedBy(definitionFacts(criteria), change);
}

/**
 * One step at `now`, then the runner's follow-up: a step that set traits read by the exit
 * criteria gets them re-checked at once (`recheckAfterSteps`), which is a second step at the
 * same moment (it stays where it is unless the criteria now match).
 */
function stepAt(run: TRun, now: Date, resumeEvent?: TContextEvent): void {
  for (let event = resumeEvent; run.enrollment && run.iterations < (run.options.maxIterations ?? 1000); event = undefined) {
    run.iterations++;
    const stepped = step(run.version, run.enrollment, contextAt(run, now, event), now);
    absorb(run, stepped, now);
    const traits = stepped.effects.flatMap((e) => (e.type === "updateProfile" ? e.assignments.map((a) => a.trait) : []));
    if (!rechecks(run, { traits })) return;
  }
}

/** Enter the journey at `now` (on `event` for event triggers) when the trigger and re-entry rules allow; the refusal otherwise. */
function tryEnter(run: TRun, now: Date, event: TContextEvent | null): string | null {
  const trigger = lookupGraph(run.version.graph).trigger();
  if (!trigger || trigger.type !== "trigger") return "the journey has no trigger";
  const decision = shouldEnroll({ trigger: trigger.data, settings: run.version.settings, event, existing: run.options.existing ?? [], now, context: contextAt(run, now) });
  if (!decision.enroll) return decision.reason;
  run.enrollment = createEnrollment({
    id: run.options.enrollmentId ?? "simulation",
    journeyId: run.context.journey.id,
    versionId: run.version.id,
    profileId: run.context.profile.id,
    graph: run.version.graph,
    ...(event ? { triggerEvent: event } : {}),
    now,
  });
  stepAt(run, now, event ?? undefined);
  return null;
}

/**
 * A timeline item at its moment: folded into the profile, then (once enrolled) stepped as the
 * runner would on ingesting it, or (not yet enrolled) offered to the trigger when it names the
 * trigger's event. Returns why such an event did not enrol.
 */
function ingest(run: TRun, item: TSimulatedEvent, triggerEvent: string | null): string | null {
  const now = item.timestamp;
  if (isIdentify(item)) {
    const change = foldIdentify(run, item);
    if (rechecks(run, change)) stepAt(run, now);
    return null;
  }
  const event: TContextEvent = { name: item.name, properties: item.properties, timestamp: item.timestamp };
  run.events.push(event);
  if (run.enrollment) {
    stepAt(run, now, event);
    return null;
  }
  return event.name === triggerEvent ? tryEnter(run, now, event) : null;
}

/**
 * A journey run for one profile on a virtual clock, for the path preview and for tests: the same
 * `step` the runner uses, driven from entry to the next wake time or the next timeline item,
 * whichever comes first (an item first on a tie, as an event ingested at a wake time reaches the
 * runner before its tick). Track events are stepped as the ingested event; identifies change
 * traits, consent and identities and re-check the exit criteria when they read what changed;
 * sends count for the caps and get engagement from `engagement`; each step sees the events the
 * runner's loader would (the version's window, newest 200). Items before `start` are history.
 * Stops when the enrollment ends, at `until`, or after `maxIterations` steps.
 */
export function simulateJourney(version: TJourneyVersion, profileContext: TStepContext, timeline: readonly TSimulatedEvent[], options: TSimulationOptions): TSimulationResult {
  const items = [...timeline].sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
  const { resumeEvent: _callerEvent, ...base } = profileContext;
  const run: TRun = {
    version,
    options,
    windowMs: eventWindowMs(version),
    context: { ...base, engagement: { ...profileContext.engagement } },
    events: [...profileContext.events],
    traitTimes: {},
    enrollment: options.resume ?? null,
    iterations: 0,
    result: { steps: [], messages: [], effects: [] },
  };
  const max = options.maxIterations ?? 1000;
  const startMs = options.start.getTime();
  const history = items.filter((item) => item.timestamp.getTime() < startMs);
  const pending = items.filter((item) => item.timestamp.getTime() >= startMs);
  for (const item of history) {
    if (isIdentify(item)) foldIdentify(run, item);
    else run.events.push({ name: item.name, properties: item.properties, timestamp: item.timestamp });
  }
  const source = lookupGraph(version.graph).trigger();
  const triggerEvent = source?.type === "trigger" && source.data.source.kind === "event" ? source.data.source.event : null;
  let refusal: string | null = triggerEvent !== null || run.enrollment ? null : tryEnter(run, options.start, null);
  const done = (stoppedBecause: TSimulationResult["stoppedBecause"], reason?: string): TSimulationResult => ({
    ...run.result,
    enrollment: run.enrollment,
    stoppedBecause,
    ...(reason ? { reason } : {}),
    iterations: run.iterations,
  });
  if (refusal !== null) return done("notEnrolled", refusal);
  let now = options.start;
  for (;;) {
    if (isEnded(run.enrollment)) return done("ended");
    const item = pending[0];
    const wake = run.enrollment?.wakeAt ?? null;
    const useItem = item !== undefined && (wake === null || item.timestamp.getTime() <= wake.getTime());
    const at = useItem ? item.timestamp : wake;
    if (at === null || at.getTime() > options.until.getTime()) {
      if (run.enrollment) return done("until");
      return done("notEnrolled", refusal ?? `no matching "${triggerEvent ?? ""}" event in the timeline`);
    }
    if (run.iterations >= max) break;
    now = new Date(Math.max(at.getTime(), now.getTime()));
    if (useItem) {
      pending.shift();
      refusal = ingest(run, { ...item, timestamp: now }, triggerEvent) ?? refusal;
    } else {
      stepAt(run, now);
    }
  }
  return done("iterationLimit", `stopped: iteration limit (${max} steps) reached before the journey ended; it may loop on short waits`);
}
