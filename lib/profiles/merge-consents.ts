import { mostRestrictive } from "./read-consent";
import type { TTx } from "./run-write-transaction";
import { ZConsentStatus } from "./event-schemas";

/**
 * Moves the merged profile's consent onto the survivor. Per channel the most restrictive state
 * wins (unsubscribed beats subscribed): a merge must never re-subscribe someone who said no.
 * Where both said the same, the newer statement (its time and source) stays, so the outcome does
 * not depend on which profile survives.
 */
export async function mergeConsents(tx: TTx, workspaceId: string, survivorId: string, mergedId: string): Promise<void> {
  const rows = await tx.consent.findMany({ where: { workspaceId, profileId: { in: [survivorId, mergedId] } } });
  const ours = new Map(rows.filter((r) => r.profileId === survivorId).map((r) => [r.channel, r]));
  for (const theirs of rows.filter((r) => r.profileId === mergedId)) {
    const mine = ours.get(theirs.channel);
    if (!mine) {
      await tx.consent.update({ where: { id: theirs.id }, data: { profileId: survivorId, updatedAt: theirs.updatedAt } });
      continue;
    }
    const status = mostRestrictive(ZConsentStatus.catch("unsubscribed").parse(mine.status), ZConsentStatus.catch("unsubscribed").parse(theirs.status));
    const takeTheirs = status !== mine.status || (theirs.status === mine.status && theirs.updatedAt > mine.updatedAt);
    if (takeTheirs) await tx.consent.update({ where: { id: mine.id }, data: { status, source: theirs.source, updatedAt: theirs.updatedAt } });
  }
  // what was not moved goes with the merged profile (cascade)
}
