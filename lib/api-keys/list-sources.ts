import { db } from "../db/client";

export interface TSourceRejection {
  at: string;
  reason: string;
  eventType: string | null;
  batchIndex: number | null;
}

/** A write key as the Sources page shows it: what it sent, what was refused and why. */
export interface TSource {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  accepted: number;
  duplicates: number;
  rejected: number;
  /** identifiers its events carried that were not attached (identity rules, invalid emails / phones) */
  droppedIdentifiers: number;
  /** events whose client time lay ahead of their arrival and was set to it */
  futureTimestamps: number;
  recentRejections: TSourceRejection[];
}

/**
 * The workspace's write keys with their ingestion counters and latest rejections, active keys
 * first, revoked ones after (their history stays readable).
 */
export async function listSources(workspaceId: string, options: { rejectionsPerSource?: number } = {}): Promise<TSource[]> {
  const rows = await db.apiKey.findMany({
    where: { workspaceId, kind: "write" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { rejections: { orderBy: [{ at: "desc" }, { batchIndex: { sort: "asc", nulls: "first" } }, { id: "desc" }], take: options.rejectionsPerSource ?? 10 } },
  });
  return rows
    .sort((a, b) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null))
    .map((row) => ({
      id: row.id,
      name: row.name,
      prefix: row.prefix,
      createdAt: row.createdAt.toISOString(),
      lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
      revokedAt: row.revokedAt?.toISOString() ?? null,
      accepted: row.acceptedCount,
      duplicates: row.duplicateCount,
      rejected: row.rejectedCount,
      droppedIdentifiers: row.droppedIdentifierCount,
      futureTimestamps: row.futureTimestampCount,
      recentRejections: row.rejections.map((r) => ({ at: r.at.toISOString(), reason: r.reason, eventType: r.eventType, batchIndex: r.batchIndex })),
    }));
}
