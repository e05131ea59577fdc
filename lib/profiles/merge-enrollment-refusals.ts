import type { TTx } from "./run-write-transaction";

/**
 * Moves the merged profile's refused enrolments onto the survivor: a journey + reason only one
 * side has moves as it is; where both have it, the survivor's row adds the other's count and
 * spans both (earliest first, latest last, the latest detail and version). So the profile page
 * and the export still say "refused 5 times" for what was one person all along.
 */
export async function mergeEnrollmentRefusals(tx: TTx, workspaceId: string, survivorId: string, mergedId: string): Promise<void> {
  const rows = await tx.enrollmentRefusal.findMany({ where: { workspaceId, profileId: { in: [survivorId, mergedId] } } });
  if (rows.length === 0) return;
  const key = (r: { journeyId: string; reason: string }) => `${r.journeyId}\u0000${r.reason}`;
  const ours = new Map(rows.filter((r) => r.profileId === survivorId).map((r) => [key(r), r]));
  for (const theirs of rows.filter((r) => r.profileId === mergedId)) {
    const mine = ours.get(key(theirs));
    if (!mine) {
      await tx.enrollmentRefusal.update({ where: { id: theirs.id }, data: { profileId: survivorId } });
      continue;
    }
    const latest = theirs.lastAt > mine.lastAt ? theirs : mine;
    await tx.enrollmentRefusal.update({
      where: { id: mine.id },
      data: { count: mine.count + theirs.count, firstAt: theirs.firstAt < mine.firstAt ? theirs.firstAt : mine.firstAt, lastAt: latest.lastAt, detail: latest.detail, versionId: latest.versionId },
    });
  }
  // what was not moved goes with the merged profile (cascade)
}
