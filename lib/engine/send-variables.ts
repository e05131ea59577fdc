import type { TEnrollmentState, TSendEffect, TSendProfile } from "./types";

/** What a message's template reads, apart from the links signed for the send. */
export type TSendVariables = {
  profile: TSendProfile;
  event: { name: string; properties: Record<string, unknown>; timestamp: string } | null;
  journey: { id: string; name: string };
};

/**
 * The Liquid variables of one send: the profile as the message node saw it (the snapshot the
 * send carries, not the state before the step), the event that enrolled the profile, the
 * journey. The runner renders outbox rows from it and the simulation reports it for each send,
 * so a preview and a live message can never be rendered from different states.
 */
export function sendVariables(send: TSendEffect, enrollment: Pick<TEnrollmentState, "journeyId" | "memory">, journeyName: string): TSendVariables {
  const trigger = enrollment.memory.triggerEvent;
  return {
    profile: { ...send.profile, traits: { ...send.profile.traits } },
    event: trigger ? { name: trigger.name, properties: { ...trigger.properties }, timestamp: trigger.timestamp.toISOString() } : null,
    journey: { id: enrollment.journeyId, name: journeyName },
  };
}
