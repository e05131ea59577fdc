import type { TJourneyGraph } from "../journey/graph";
import { lookupGraph } from "./graph-lookup";
import type { TContextEvent, TEnrollmentState } from "./types";

export type TCreateEnrollmentOptions = {
  id: string;
  journeyId: string;
  versionId: string;
  profileId: string;
  /** The version's graph: the enrollment starts at its trigger. */
  graph: TJourneyGraph;
  /** The event that enrolled the profile (event triggers), kept for templates and goal checks. */
  triggerEvent?: TContextEvent;
  now: Date;
};

/**
 * A new enrollment, at the trigger and not yet stepped (`active`). Call it once `shouldEnroll`
 * said yes, then `step` it at once: the trigger logs the entry and the profile moves on.
 */
export function createEnrollment(options: TCreateEnrollmentOptions): TEnrollmentState {
  return {
    id: options.id,
    journeyId: options.journeyId,
    versionId: options.versionId,
    profileId: options.profileId,
    state: "active",
    currentNodeId: lookupGraph(options.graph).trigger()?.id ?? null,
    wakeAt: null,
    waitingFor: null,
    memory: { visits: {}, splits: {}, sends: {}, ...(options.triggerEvent ? { triggerEvent: options.triggerEvent } : {}) },
    enteredAt: options.now,
    exitedAt: null,
    exitReason: null,
  };
}
