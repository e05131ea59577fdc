import type { TIngestSource } from "../api-keys/authenticate-write-key";
import { recordIngestOutcomes, type TRejectionSample } from "../ingest-errors/record-ingest-outcome";
import { readIdentityRules } from "./read-identity-rules";
import type { TIdentityRules } from "./identity-rules";
import type { TIncomingEvent } from "./incoming-event";
import type { TTx } from "./run-write-transaction";
import { emptyBatchWrite, writeIngestBatch, type TBatchWrite } from "./write-ingest-batch";

/**
 * One request's (or one slice of a request's) validated events and its rejections. Events from
 * a write key count on its Sources counters; a profile import has no key (apiKeyId null).
 */
export interface TIngestJob {
  source: Pick<TIngestSource, "workspaceId"> & { apiKeyId: string | null; identityRules?: TIdentityRules };
  events: readonly TIncomingEvent[];
  rejected: readonly TRejectionSample[];
  receivedAt: Date;
}

export interface TIngestJobResult {
  stored: number;
  /** events whose messageId was already stored (or came earlier in the same write) */
  duplicates: number;
  /** the profile each event landed on, by messageId */
  profileOf: Map<string, string>;
  /** messageIds this job stored for the first time (journeys react to these, not to repeats) */
  storedIds: string[];
  /** ids of the profiles created for this job's events */
  created: string[];
  /** profiles merged away by this job's events */
  merged: number;
  /** identifiers this job's stored events carried but did not attach (DroppedIdentifier rows) */
  dropped: number;
}

/**
 * Writes jobs in the caller's transaction: per workspace one writeIngestBatch over all their
 * events (in job order), then each job's counters and rejection samples. A repeated messageId
 * counts as stored for the first job that carried it and as a duplicate for the others.
 */
export async function writeIngestJobs(tx: TTx, jobs: readonly TIngestJob[]): Promise<TIngestJobResult[]> {
  const workspaces = [...new Set(jobs.map((job) => job.source.workspaceId))];
  const written = new Map<string, TBatchWrite>();
  for (const workspaceId of workspaces) {
    const events = jobs.filter((job) => job.source.workspaceId === workspaceId).flatMap((job) => job.events);
    if (events.length === 0) {
      written.set(workspaceId, emptyBatchWrite());
      continue;
    }
    // a write key's authentication read the rules with the key; an import reads them here
    const rules = jobs.find((job) => job.source.workspaceId === workspaceId && job.source.identityRules)?.source.identityRules ?? (await readIdentityRules(tx, workspaceId));
    written.set(workspaceId, await writeIngestBatch(tx, workspaceId, events, rules));
  }
  const results = jobs.map((job) => {
    const { storedIds, profileOf, createdProfileIds, mergedBy, droppedOf } = written.get(job.source.workspaceId) as TBatchWrite;
    const storedHere: string[] = [];
    const created: string[] = [];
    let dropped = 0;
    for (const event of job.events) {
      // claim the messageId so a second carrier in the same write counts as the duplicate
      if (storedIds.delete(event.messageId)) {
        storedHere.push(event.messageId);
        dropped += droppedOf.get(event.messageId) ?? 0;
      }
      // and the created profile, so it counts once, for the first job that landed on it
      const profileId = profileOf.get(event.messageId) ?? "";
      if (createdProfileIds.delete(profileId)) created.push(profileId);
    }
    const mine = new Set(job.events.map((e) => e.messageId));
    const merged = mergedBy.filter((messageId) => mine.has(messageId)).length;
    return { stored: storedHere.length, storedIds: storedHere, duplicates: job.events.length - storedHere.length, profileOf: new Map(job.events.map((e) => [e.messageId, profileOf.get(e.messageId) ?? ""])), created, merged, dropped };
  });
  const keyed = jobs.flatMap((job, i) => (job.source.apiKeyId ? [{ workspaceId: job.source.workspaceId, apiKeyId: job.source.apiKeyId, accepted: job.events.length, duplicates: results[i]?.duplicates ?? 0, future: job.events.filter((e) => e.futureTimestamp).length, dropped: results[i]?.dropped ?? 0, rejected: job.rejected, at: job.receivedAt }] : []));
  await recordIngestOutcomes(tx, keyed);
  return results;
}
