import { applySegmentEvaluation } from "../../lib/segments/apply-segment-evaluation";
import { loadActiveSegments } from "../../lib/segments/load-active-segments";
import type { TSeedDb } from "./seed-db";

const BATCH = 500;

/**
 * Computes the demo's segments from the seeded history inside the seed's transaction, with the
 * same evaluation a recompute runs, so the demo opens with member counts, entry history and
 * time-window rechecks in place (about a second for 1,000 customers).
 */
export async function computeSeedSegments(tx: TSeedDb, workspaceId: string, now: Date): Promise<{ memberships: number }> {
  const all = await loadActiveSegments(tx, workspaceId);
  let memberships = 0;
  let cursor: string | undefined;
  for (;;) {
    const batch = await tx.profile.findMany({ where: { workspaceId, ...(cursor ? { id: { gt: cursor } } : {}) }, select: { id: true }, orderBy: { id: "asc" }, take: BATCH });
    if (batch.length === 0) break;
    cursor = batch[batch.length - 1]?.id;
    const applied = await applySegmentEvaluation(tx, { workspaceId, all, segments: all, profileIds: batch.map((p) => p.id), now });
    memberships += applied.entered;
  }
  await tx.segment.updateMany({ where: { workspaceId }, data: { computedAt: now } });
  return { memberships };
}
