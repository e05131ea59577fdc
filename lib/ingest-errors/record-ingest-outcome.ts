import type { TIngestSource } from "../api-keys/authenticate-write-key";
import { db } from "../db/client";

/** How many recent rejections each write key keeps for the Sources page. */
export const KEPT_REJECTIONS = 20;

export interface TRejectionSample {
  /** the error the sender got back, e.g. "batch.3.event: must not be empty" */
  reason: string;
  path: string | null;
  eventType: string | null;
  messageId: string | null;
  batchIndex: number | null;
}

export interface TIngestOutcome {
  accepted: number;
  duplicates: number;
  /** every rejection is counted; only the first few of a request are kept as samples */
  rejected: readonly TRejectionSample[];
  at: Date;
}

/** Rejected input can hold what no text column takes (NUL, unpaired surrogates): keep it readable instead. */
const clean = <T extends string | null>(text: T): T => (text === null ? text : (text.replace(/\u0000/g, "\\u0000").toWellFormed().slice(0, 1000) as T));
const storable = (sample: TRejectionSample): TRejectionSample => ({ ...sample, reason: clean(sample.reason), path: clean(sample.path), eventType: clean(sample.eventType), messageId: clean(sample.messageId) });

/**
 * Adds a request's outcome to its write key's counters (accepted, repeated, rejected) and keeps
 * its rejections as samples, trimming each key to the newest KEPT_REJECTIONS. Runs after the
 * events are committed, in its own short transaction, so counting never holds the ingest lock
 * and a failure here never fails the request (the events are stored; only a statistic is lost).
 */
export async function recordIngestOutcome(source: TIngestSource, outcome: TIngestOutcome): Promise<void> {
  const samples = outcome.rejected.slice(0, KEPT_REJECTIONS).map(storable);
  try {
    // one interactive transaction: on SQLite it takes the writer in turn like ingestion does
    await db.$transaction(async (tx) => {
      await tx.apiKey.update({
        where: { id: source.apiKeyId },
        data: { acceptedCount: { increment: outcome.accepted }, duplicateCount: { increment: outcome.duplicates }, rejectedCount: { increment: outcome.rejected.length }, lastUsedAt: outcome.at },
      });
      if (samples.length === 0) return;
      await tx.ingestRejection.createMany({ data: samples.map((sample) => ({ workspaceId: source.workspaceId, apiKeyId: source.apiKeyId, at: outcome.at, ...sample })) });
      const old = await tx.ingestRejection.findMany({ where: { apiKeyId: source.apiKeyId }, orderBy: [{ at: "desc" }, { batchIndex: { sort: "asc", nulls: "first" } }, { id: "desc" }], skip: KEPT_REJECTIONS, select: { id: true } });
      if (old.length > 0) await tx.ingestRejection.deleteMany({ where: { apiKeyId: source.apiKeyId, id: { in: old.map((row) => row.id) } } });
    }, { maxWait: 20_000, timeout: 30_000 });
  } catch (error) {
    console.error("could not record ingestion statistics", error);
  }
}
