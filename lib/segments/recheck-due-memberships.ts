import type { Db } from "../db/client";
import { applySegmentEvaluation, runSegmentTransaction } from "./apply-segment-evaluation";
import { loadActiveSegments } from "./load-active-segments";
import { withDependents } from "./order-segments";

export type TRecheckResult = { rechecked: number; entered: number; exited: number };

/**
 * Re-evaluates memberships whose time window may have moved (recheckAt ≤ now): a member of
 * "viewed a product within 7 days" leaves 7 days after the last view although no event arrives,
 * and someone who stops ordering enters "no order in 60 days". Takes the `limit` most overdue
 * rows across workspaces; each workspace's profiles are re-evaluated for the due segments and
 * their dependents, writing entries, exits, change rows and the next recheckAt. Meant for the
 * runner's tick; returns how many rows it handled.
 */
export async function recheckDueMemberships(db: Db, options: { now: Date; limit?: number }): Promise<TRecheckResult> {
  const due = await db.segmentMembership.findMany({
    where: { recheckAt: { lte: options.now }, segment: { archivedAt: null } },
    select: { workspaceId: true, segmentId: true, profileId: true },
    orderBy: { recheckAt: "asc" },
    take: options.limit ?? 500,
  });
  const result: TRecheckResult = { rechecked: due.length, entered: 0, exited: 0 };
  const byWorkspace = new Map<string, typeof due>();
  for (const row of due) byWorkspace.set(row.workspaceId, [...(byWorkspace.get(row.workspaceId) ?? []), row]);
  for (const [workspaceId, rows] of byWorkspace) {
    const all = await loadActiveSegments(db, workspaceId);
    const active = new Set(all.map((s) => s.id));
    const orphans = [...new Set(rows.filter((r) => !active.has(r.segmentId)).map((r) => r.segmentId))];
    // A definition that no longer parses cannot be evaluated; its rows must not clog the queue.
    if (orphans.length > 0) await db.segmentMembership.updateMany({ where: { workspaceId, segmentId: { in: orphans }, recheckAt: { lte: options.now } }, data: { recheckAt: null } });
    const nodes = all.map((s) => ({ id: s.id, refs: s.facts.segmentRefs }));
    // Profiles due on the same segments are evaluated together.
    const groups = new Map<string, { segmentIds: Set<string>; profileIds: string[] }>();
    const segmentsOf = new Map<string, Set<string>>();
    for (const row of rows.filter((r) => active.has(r.segmentId))) segmentsOf.set(row.profileId, (segmentsOf.get(row.profileId) ?? new Set()).add(row.segmentId));
    for (const [profileId, segmentIds] of segmentsOf) {
      const key = [...segmentIds].sort().join(",");
      const group = groups.get(key) ?? { segmentIds, profileIds: [] };
      group.profileIds.push(profileId);
      groups.set(key, group);
    }
    for (const group of groups.values()) {
      const ids = withDependents(nodes, group.segmentIds);
      const segments = all.filter((s) => ids.has(s.id));
      if (segments.length === 0) continue;
      const applied = await runSegmentTransaction(db, (tx) => applySegmentEvaluation(tx, { workspaceId, all, segments, profileIds: group.profileIds, now: options.now }));
      result.entered += applied.entered;
      result.exited += applied.exited;
    }
  }
  return result;
}
