import type { TChannel } from "../../journey/channels";
import type { TConsentStatus, TContextEvent, TEngagement, TStepContext } from "../types";

/**
 * What a condition tree can read. `event` is the event being matched by a trigger filter, a
 * wait-for-event filter or a goal filter: paths starting with `event.` read it.
 */
export type TConditionContext = {
  traits: Readonly<Record<string, unknown>>;
  events: readonly TContextEvent[];
  engagement: Readonly<Record<string, TEngagement>>;
  consent: Partial<Record<TChannel, TConsentStatus>>;
  segments: readonly string[];
  event?: TContextEvent;
};

/**
 * The condition view of a step context. The event being ingested counts among the profile's
 * events even when the caller did not also list it in `events`.
 */
export function conditionContextOf(context: TStepContext, event?: TContextEvent): TConditionContext {
  return {
    traits: context.profile.traits,
    events: eventsWithResume(context),
    engagement: context.engagement,
    consent: context.consent,
    segments: context.segments,
    ...(event ? { event } : {}),
  };
}

function sameEvent(a: TContextEvent, b: TContextEvent): boolean {
  return a === b || (a.name === b.name && a.timestamp.getTime() === b.timestamp.getTime());
}

/** `context.events`, plus `resumeEvent` when it is not already among them. */
export function eventsWithResume(context: TStepContext): readonly TContextEvent[] {
  const resume = context.resumeEvent;
  if (!resume || context.events.some((e) => sameEvent(e, resume))) return context.events;
  return [...context.events, resume];
}
