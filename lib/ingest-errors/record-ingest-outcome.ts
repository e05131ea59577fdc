import { Prisma } from "../db/generated/sqlite/client";

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
  workspaceId: string;
  apiKeyId: string;
  accepted: number;
  duplicates: number;
  /** accepted events whose time lay after their arrival and was set to it (TIncomingEvent.futureTimestamp) */
  future: number;
  /** identifiers the stored events carried but did not attach (identity rules, invalid values) */
  dropped: number;
  /** every rejection is counted; only the first KEPT_REJECTIONS of a request are kept as samples */
  rejected: readonly TRejectionSample[];
  at: Date;
}

/** Rejected input can hold what no text column takes (NUL, unpaired surrogates): keep it readable instead. */
const clean = <T extends string | null>(text: T): T => (text === null ? text : (text.replace(/\u0000/g, "\\u0000").toWellFormed().slice(0, 1000) as T));
const storable = (sample: TRejectionSample): TRejectionSample => ({ ...sample, reason: clean(sample.reason), path: clean(sample.path), eventType: clean(sample.eventType), messageId: clean(sample.messageId) });

/**
 * Adds outcomes to their write keys' counters (accepted, repeated, future-dated, rejected, dropped identifiers) and keeps the
 * rejections as samples, trimming each key to its newest KEPT_REJECTIONS. Runs inside the
 * transaction that stored the events, as its last statements: the counts commit with the
 * events (one commit per write, not two), and on PostgreSQL the key's row is locked only for
 * the moment before COMMIT.
 */
export async function recordIngestOutcomes(tx: Prisma.TransactionClient, outcomes: readonly TIngestOutcome[]): Promise<void> {
  const byKey = new Map<string, { accepted: number; duplicates: number; future: number; dropped: number; rejected: number; at: Date }>();
  for (const o of outcomes) {
    const total = byKey.get(o.apiKeyId) ?? { accepted: 0, duplicates: 0, future: 0, dropped: 0, rejected: 0, at: o.at };
    byKey.set(o.apiKeyId, { accepted: total.accepted + o.accepted, duplicates: total.duplicates + o.duplicates, future: total.future + o.future, dropped: total.dropped + o.dropped, rejected: total.rejected + o.rejected.length, at: o.at > total.at ? o.at : total.at });
  }
  for (const [apiKeyId, total] of [...byKey].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // SQL, not updateMany: it runs in every ingest transaction (see lib/profiles/insert-rows.ts)
    await tx.$executeRaw`UPDATE "ApiKey" SET "acceptedCount" = "acceptedCount" + CAST(${total.accepted} AS INTEGER), "duplicateCount" = "duplicateCount" + CAST(${total.duplicates} AS INTEGER), "futureTimestampCount" = "futureTimestampCount" + CAST(${total.future} AS INTEGER), "rejectedCount" = "rejectedCount" + CAST(${total.rejected} AS INTEGER), "droppedIdentifierCount" = "droppedIdentifierCount" + CAST(${total.dropped} AS INTEGER), "lastUsedAt" = ${total.at} WHERE "id" = ${apiKeyId}`;
  }
  const samples = outcomes.flatMap((o) => o.rejected.slice(0, KEPT_REJECTIONS).map((sample) => ({ workspaceId: o.workspaceId, apiKeyId: o.apiKeyId, at: o.at, ...storable(sample) })));
  if (samples.length === 0) return;
  await tx.ingestRejection.createMany({ data: samples });
  for (const apiKeyId of new Set(samples.map((s) => s.apiKeyId))) {
    const old = await tx.ingestRejection.findMany({ where: { apiKeyId }, orderBy: [{ at: "desc" }, { batchIndex: { sort: "asc", nulls: "first" } }, { id: "desc" }], skip: KEPT_REJECTIONS, select: { id: true } });
    if (old.length > 0) await tx.ingestRejection.deleteMany({ where: { apiKeyId, id: { in: old.map((row) => row.id) } } });
  }
}
