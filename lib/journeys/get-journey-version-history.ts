import { diffDraftAgainstLive } from "./diff-draft-against-live";
import type { TJourneyVersionHistory } from "./lifecycle-schemas";
import { listJourneyVersions } from "./list-journey-versions";

/** Published versions (newest first) and what the draft would change, for GET /journeys/:id/versions. */
export async function getJourneyVersionHistory(workspaceId: string, id: string): Promise<TJourneyVersionHistory> {
  const versions = await listJourneyVersions(workspaceId, id);
  return { versions, diff: await diffDraftAgainstLive(workspaceId, id) };
}
