import type { TIngestSource } from "../api-keys/authenticate-write-key";
import { recordIngestOutcome, type TRejectionSample } from "../ingest-errors/record-ingest-outcome";
import type { TEventType } from "./event-schemas";
import type { TIncomingEvent } from "./incoming-event";
import { runWriteTransaction } from "./run-write-transaction";
import { validateEvent, type TValidateOptions } from "./validate-event";
import { writeIngestBatch } from "./write-ingest-batch";

export interface TIngestItem {
  raw: unknown;
  /** the endpoint's call type, or null for a batch item (it names its own) */
  type: TEventType | null;
  /** where the item sits in the request: "" for a single call's body, "batch.3" in a batch */
  path: string;
}

export interface TRejectedEvent {
  index: number;
  /** "batch.3.traits.email: is not a valid email address" */
  error: string;
  path: string;
}

export interface TIngestResult {
  /** valid events, repeated messageIds included (they are stored once) */
  accepted: number;
  stored: number;
  duplicates: number;
  rejected: TRejectedEvent[];
  /** the profile each accepted event landed on, by messageId */
  profileOf: Map<string, string>;
}

/**
 * Events per write transaction. A batch request can carry thousands of tiny events (500 KB);
 * slicing keeps every statement far below the databases' bind-parameter limits and keeps the
 * write lock short. Each slice is atomic; a retried request is deduplicated by messageId.
 */
export const EVENTS_PER_TRANSACTION = 250;

const join = (prefix: string, path: string) => [prefix, path].filter(Boolean).join(".") || "body";

/**
 * Ingests calls from one write key: validates each (a bad one is rejected with its field path,
 * the others go on), writes the valid ones (a transaction per EVENTS_PER_TRANSACTION) with identity resolution and
 * merges (retried when it loses a race), then records the outcome for the Sources page.
 */
export async function ingestEvents(source: TIngestSource, items: readonly TIngestItem[], options: Omit<TValidateOptions, "defaultRegion">): Promise<TIngestResult> {
  const valid: TIncomingEvent[] = [];
  const rejected: TRejectedEvent[] = [];
  const samples: TRejectionSample[] = [];
  items.forEach((item, index) => {
    const result = validateEvent(item.raw, item.type, { ...options, defaultRegion: source.defaultRegion });
    if (result.ok) {
      valid.push(result.event);
      return;
    }
    const path = join(item.path, result.path);
    const error = `${path}: ${result.message}`;
    rejected.push({ index, error, path });
    samples.push({ reason: error, path, eventType: result.type, messageId: result.messageId, batchIndex: item.path.startsWith("batch.") ? index : null });
  });
  const written = { stored: 0, duplicates: 0, profileOf: new Map<string, string>() };
  for (let start = 0; start < valid.length; start += EVENTS_PER_TRANSACTION) {
    const slice = valid.slice(start, start + EVENTS_PER_TRANSACTION);
    const result = await runWriteTransaction((tx) => writeIngestBatch(tx, source.workspaceId, slice));
    written.stored += result.stored;
    written.duplicates += result.duplicates;
    for (const [messageId, profileId] of result.profileOf) written.profileOf.set(messageId, profileId);
  }
  await recordIngestOutcome(source, { accepted: valid.length, duplicates: written.duplicates, rejected: samples, at: options.receivedAt });
  return { accepted: valid.length, stored: written.stored, duplicates: written.duplicates, rejected, profileOf: written.profileOf };
}
