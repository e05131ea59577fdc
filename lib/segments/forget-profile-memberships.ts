import type { TSegmentDb } from "./load-segment-contexts";

/**
 * For a profile about to be deleted, inside the deleting transaction: writes an "exited" change
 * row (history keeps only the id) for each segment it is in and takes it off those segments'
 * memberCount, so counts stay true when the membership rows cascade away with the profile.
 */
export async function forgetProfileMemberships(tx: TSegmentDb, workspaceId: string, profileId: string, now: Date): Promise<number> {
  const live = await tx.segmentMembership.findMany({ where: { workspaceId, profileId, exitedAt: null }, select: { segmentId: true }, orderBy: { segmentId: "asc" } });
  if (live.length === 0) return 0;
  await tx.segmentMembershipChange.createMany({ data: live.map((m) => ({ workspaceId, segmentId: m.segmentId, profileId, change: "exited", at: now })) });
  for (const m of live) await tx.segment.update({ where: { id: m.segmentId }, data: { memberCount: { decrement: 1 } } });
  return live.length;
}
