import type { Db } from "../../db/client";
import type { TCommitItem } from "./commit-steps";
import { recheckExitCriteria, type TProfileChange } from "./recheck-exit-criteria";

/**
 * After a commit, the profiles whose traits update-profile steps changed get the exit criteria of
 * their other (and these) running enrollments re-checked, as after an identify. Call it after the
 * segments followed the same changes (`updateSegmentsAfterSteps`). Best effort: the steps are
 * committed whatever happens here, and the runs are checked again at their next step.
 */
export async function recheckAfterSteps(db: Db, committed: readonly TCommitItem[], now: Date): Promise<void> {
  const byWorkspace = new Map<string, Map<string, TProfileChange>>();
  for (const { workspaceId, result } of committed) {
    for (const effect of result.effects) {
      if (effect.type !== "updateProfile" || effect.assignments.length === 0) continue;
      const profiles = byWorkspace.get(workspaceId) ?? new Map<string, TProfileChange>();
      const profileId = result.enrollment.profileId;
      profiles.set(profileId, { traits: [...(profiles.get(profileId)?.traits ?? []), ...effect.assignments.map((a) => a.trait)] });
      byWorkspace.set(workspaceId, profiles);
    }
  }
  for (const [workspaceId, profiles] of byWorkspace) {
    await recheckExitCriteria(db, workspaceId, profiles, now).catch((error: unknown) => console.error("exit criteria could not be re-checked after update-profile steps", error));
  }
}
