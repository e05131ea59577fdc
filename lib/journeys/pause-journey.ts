import type { TJourneyDetail } from "./journey-dto";
import { changeJourneyStatus } from "./change-journey-status";

/**
 * Pauses a live journey: it keeps its live version, but the runner neither enrols nor advances
 * anyone until it is resumed (enrollments stay where they are). Only live journeys can pause.
 */
export async function pauseJourney(workspaceId: string, id: string): Promise<TJourneyDetail> {
  return changeJourneyStatus(workspaceId, id, "live", "paused", {
    draft: "journey is a draft and has never been published; there is nothing running to pause",
    live: null,
    paused: "journey is already paused; resume it to run it again",
    archived: "journey is archived; archived journeys no longer run and cannot be paused",
  });
}
