import type { TJourneyDetail } from "./journey-dto";
import { loadJourneyDetail } from "./load-journey-detail";

/** One journey of the workspace, or a notFound error (other workspaces' journeys do not exist here). */
export async function getJourney(workspaceId: string, id: string): Promise<TJourneyDetail> {
  return loadJourneyDetail(workspaceId, id);
}
