import { decideConsent } from "./decide-consent";
import type { TTx } from "./run-write-transaction";

/**
 * Moves the merged profile's consent onto the survivor, at `at` (the merge's time). Per channel
 * the most restrictive state wins (unsubscribed beats subscribed): a merge must never
 * re-subscribe someone who said no. The "no" is then dated as decideConsent dates an unsubscribe
 * arriving after the other side's statement (just after a newer subscribe it overrides), so a
 * late subscribe older than either side cannot undo it. Where both said the same, the newer
 * statement (its time and source) stays, so the outcome does not depend on which profile survives.
 */
export async function mergeConsents(tx: TTx, workspaceId: string, survivorId: string, mergedId: string, at: Date): Promise<void> {
  const rows = await tx.consent.findMany({ where: { workspaceId, profileId: { in: [survivorId, mergedId] } } });
  const ours = new Map(rows.filter((r) => r.profileId === survivorId).map((r) => [r.channel, r]));
  for (const theirs of rows.filter((r) => r.profileId === mergedId)) {
    const mine = ours.get(theirs.channel);
    if (!mine) {
      await tx.consent.update({ where: { id: theirs.id }, data: { profileId: survivorId, updatedAt: theirs.updatedAt } });
      continue;
    }
    // a time after the merge's own was never observed (see applyConsentBatch): it counts as the merge's
    const statement = (row: typeof mine) => ({ status: row.status, at: row.updatedAt > at ? at : row.updatedAt, source: row.source });
    const winner =
      mine.status === theirs.status
        ? theirs.updatedAt > mine.updatedAt ? statement(theirs) : null
        : mine.status === "unsubscribed"
          ? decideConsent(statement(theirs), statement(mine))
          : decideConsent(statement(mine), statement(theirs));
    const unchanged = winner && winner.status === mine.status && winner.source === mine.source && winner.at.getTime() === mine.updatedAt.getTime();
    if (winner && !unchanged) await tx.consent.update({ where: { id: mine.id }, data: { status: winner.status, source: winner.source, updatedAt: winner.at } });
  }
  // what was not moved goes with the merged profile (cascade)
}
