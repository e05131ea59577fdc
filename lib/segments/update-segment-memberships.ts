import type { Db } from "../db/client";
import { applySegmentEvaluation, runSegmentTransaction } from "./apply-segment-evaluation";
import { isAffectedBy, type TProfileChanges } from "./definition-facts";
import { loadActiveSegments, type TSegmentDefinition } from "./load-active-segments";
import { withDependents } from "./order-segments";

/** Profiles per transaction: a few queries each, short enough not to hold the writer long. */
export const MEMBERSHIP_BATCH = 500;

export type TUpdateMembershipsInput = {
  workspaceId: string;
  profileIds: readonly string[];
  changed: TProfileChanges;
  now: Date;
  /** the workspace's active segments when the caller already loaded them */
  segments?: readonly TSegmentDefinition[];
};

export type TUpdateMembershipsResult = { segments: number; evaluated: number; entered: number; exited: number };

/** The segments `changed` can affect, plus every segment that reads one of them. */
export function affectedSegments(all: readonly TSegmentDefinition[], changed: TProfileChanges): TSegmentDefinition[] {
  const direct = all.filter((s) => isAffectedBy(s.facts, changed)).map((s) => s.id);
  if (direct.length === 0) return [];
  const ids = withDependents(all.map((s) => ({ id: s.id, refs: s.facts.segmentRefs })), direct);
  return all.filter((s) => ids.has(s.id));
}

/**
 * Keeps memberships current after a change to some profiles (ingested events, a CSV import, a
 * journey's update-profile step): only the segments whose definitions read what changed (a track
 * "Order Completed" touches segments counting that event; an identify touches trait and consent
 * segments; dependents of those follow), only for the given profiles, in one transaction per
 * batch of 500 (membership rows, change rows, memberCount). Never scans the workspace.
 */
export async function updateSegmentMemberships(db: Db, input: TUpdateMembershipsInput): Promise<TUpdateMembershipsResult> {
  const profileIds = [...new Set(input.profileIds)];
  const result: TUpdateMembershipsResult = { segments: 0, evaluated: 0, entered: 0, exited: 0 };
  if (profileIds.length === 0) return result;
  const all = input.segments ?? (await loadActiveSegments(db, input.workspaceId));
  const segments = affectedSegments(all, input.changed);
  result.segments = segments.length;
  if (segments.length === 0) return result;
  for (let start = 0; start < profileIds.length; start += MEMBERSHIP_BATCH) {
    const batch = profileIds.slice(start, start + MEMBERSHIP_BATCH);
    const applied = await runSegmentTransaction(db, (tx) => applySegmentEvaluation(tx, { workspaceId: input.workspaceId, all, segments, profileIds: batch, now: input.now }));
    result.evaluated += applied.evaluated;
    result.entered += applied.entered;
    result.exited += applied.exited;
  }
  return result;
}
