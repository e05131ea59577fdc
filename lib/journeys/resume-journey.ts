import type { TJourneyDetail } from "./journey-dto";
import { changeJourneyStatus } from "./change-journey-status";

/**
 * Resumes a paused journey on the version it was running when paused; unpublished draft edits
 * stay unpublished (publish to put them live). Only paused journeys can resume.
 */
export async function resumeJourney(workspaceId: string, id: string): Promise<TJourneyDetail> {
  return changeJourneyStatus(workspaceId, id, "paused", "live", {
    draft: "journey is a draft and has never been published; publish it to make it live",
    live: "journey is already live",
    paused: null,
    archived: "journey is archived; archived journeys cannot be resumed (duplicate it and publish the copy)",
  });
}
