import type { TIncomingEvent } from "../profiles/incoming-event";
import { reactToIngestedEvents } from "../profiles/react-to-ingested-events";
import { submitIngestJob } from "../profiles/submit-ingest-job";

export interface TChunkOutcome {
  /** rows stored now (a retried chunk stores nothing twice) */
  stored: number;
  /** rows whose messageId was already stored: the chunk ran before */
  duplicates: number;
  /** ids of the profiles the chunk created */
  created: string[];
  merged: number;
  /** the profile each row landed on, by messageId */
  profileOf: Map<string, string>;
}

/**
 * Writes a chunk of import rows through the same path as identify calls: one ingest job
 * (identity resolution, merges, newest-wins traits and consent, the event row with its unique
 * messageId) in one transaction — grouped with live traffic on SQLite, as any request is — then
 * the reactions ingestion runs after a write (journeys, segment membership).
 */
export async function writeImportChunk(workspaceId: string, events: readonly TIncomingEvent[], receivedAt: Date): Promise<TChunkOutcome> {
  if (events.length === 0) return { stored: 0, duplicates: 0, created: [], merged: 0, profileOf: new Map() };
  const result = await submitIngestJob({ source: { workspaceId, apiKeyId: null }, events, rejected: [], receivedAt });
  await reactToIngestedEvents(workspaceId, events, result.profileOf, new Set(result.storedIds));
  return { stored: result.stored, duplicates: result.duplicates, created: result.created, merged: result.merged, profileOf: result.profileOf };
}
