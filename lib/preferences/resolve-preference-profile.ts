import { db } from "../db/client";

const MAX_MERGE_HOPS = 100;

/**
 * The profile that holds `profileId`'s data now: itself, or — when it was merged away after a
 * link was sent — the survivor found by following merge records. Null when neither exists.
 * An unsubscribe link in an old email must still reach the person it was sent to.
 */
export async function resolvePreferenceProfile(workspaceId: string, profileId: string): Promise<string | null> {
  let current = profileId;
  for (let hop = 0; hop < MAX_MERGE_HOPS; hop++) {
    const profile = await db.profile.findFirst({ where: { id: current, workspaceId }, select: { id: true } });
    if (profile) return profile.id;
    const merge = await db.profileMerge.findFirst({ where: { workspaceId, mergedId: current }, orderBy: { createdAt: "desc" }, select: { survivorId: true } });
    if (!merge) return null;
    current = merge.survivorId;
  }
  return null;
}
