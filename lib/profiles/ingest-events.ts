import type { TIngestSource } from "../api-keys/authenticate-write-key";
import type { TRejectionSample } from "../ingest-errors/record-ingest-outcome";
import type { TEventType } from "./event-schemas";
import type { TIncomingEvent } from "./incoming-event";
import { testClockEnabled } from "../engine/runner/test-clock";
import { reactToIngestedEvents } from "./react-to-ingested-events";
import { submitIngestJob } from "./submit-ingest-job";
import { validateEvent, type TValidateOptions } from "./validate-event";

export interface TIngestItem {
  raw: unknown;
  /** the endpoint's call type, or null for a batch item (it names its own) */
  type: TEventType | null;
  /** where the item sits in the request: "" for a single call's body, "batch.3" in a batch */
  path: string;
}

export interface TRejectedEvent {
  index: number;
  /** "batch.3.event: is required" */
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
 * Events per write job. A batch request can carry thousands of tiny events (500 KB); slicing
 * keeps every statement far below the databases' bind-parameter limits and each transaction
 * short. Each slice is atomic; a retried request is deduplicated by messageId.
 */
export const EVENTS_PER_JOB = 250;

const join = (prefix: string, path: string) => [prefix, path].filter(Boolean).join(".") || "body";

/**
 * Ingests calls from one write key: validates each (a bad one is rejected with its field path,
 * the others go on), and submits the valid ones for writing with identity resolution and merges
 * (submitIngestJob; retried when it loses a race), counted for the Sources page in the same
 * transaction. Newly stored track events then reach live journeys (reactToIngestedEvents).
 */
export async function ingestEvents(source: TIngestSource, items: readonly TIngestItem[], options: Omit<TValidateOptions, "defaultRegion">): Promise<TIngestResult> {
  const valid: TIncomingEvent[] = [];
  const rejected: TRejectedEvent[] = [];
  const samples: TRejectionSample[] = [];
  items.forEach((item, index) => {
    const result = validateEvent(item.raw, item.type, { testClock: testClockEnabled(), ...options, defaultRegion: source.defaultRegion });
    if (result.ok) {
      valid.push(result.event);
      return;
    }
    const path = join(item.path, result.path);
    const error = `${path}: ${result.message}`;
    rejected.push({ index, error, path });
    samples.push({ reason: error, path, eventType: result.type, messageId: result.messageId, batchIndex: item.path.startsWith("batch.") ? index : null });
  });
  const slices: TIncomingEvent[][] = [];
  for (let start = 0; start < valid.length; start += EVENTS_PER_JOB) slices.push(valid.slice(start, start + EVENTS_PER_JOB));
  if (slices.length === 0) slices.push([]);
  // the rejections ride with the last slice, so they are counted once
  const results = await Promise.all(slices.map((events, i) => submitIngestJob({ source, events, rejected: i === slices.length - 1 ? samples : [], receivedAt: options.receivedAt })));
  const profileOf = new Map(results.flatMap((result) => [...result.profileOf]));
  await reactToIngestedEvents(source.workspaceId, valid, profileOf, new Set(results.flatMap((result) => result.storedIds)));
  const sum = (pick: (r: (typeof results)[number]) => number) => results.reduce((n, r) => n + pick(r), 0);
  return { accepted: valid.length, stored: sum((r) => r.stored), duplicates: sum((r) => r.duplicates), rejected, profileOf };
}
