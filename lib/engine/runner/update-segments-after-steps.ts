import type { Db } from "../../db/client";
import { updateSegmentMemberships } from "../../segments/update-segment-memberships";
import type { TCommitItem } from "./commit-steps";

/**
 * After a commit, segments follow the traits that update-profile steps set, as they follow an
 * identify: only segments reading those traits, only for those profiles (one call per
 * workspace). Best effort like the ingest hook: the steps are committed whatever happens here,
 * and a segment that misses a change catches up at its next recompute.
 */
export async function updateSegmentsAfterSteps(db: Db, committed: readonly TCommitItem[], now: Date): Promise<void> {
  const byWorkspace = new Map<string, { profileIds: Set<string>; traits: Set<string> }>();
  for (const { workspaceId, result } of committed) {
    for (const effect of result.effects) {
      if (effect.type !== "updateProfile" || effect.assignments.length === 0) continue;
      const entry = byWorkspace.get(workspaceId) ?? { profileIds: new Set<string>(), traits: new Set<string>() };
      entry.profileIds.add(result.enrollment.profileId);
      for (const assignment of effect.assignments) entry.traits.add(assignment.trait);
      byWorkspace.set(workspaceId, entry);
    }
  }
  for (const [workspaceId, { profileIds, traits }] of byWorkspace) {
    await updateSegmentMemberships(db, { workspaceId, profileIds: [...profileIds], changed: { traits: [...traits] }, now }).catch((error: unknown) =>
      console.error("segment memberships could not follow update-profile steps", error),
    );
  }
}
