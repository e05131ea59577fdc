import type { TTx } from "./run-write-transaction";

const restrictiveness = (status: string) => (status === "subscribed" ? 0 : 1);

/**
 * Moves the merged profile's topic choices onto the survivor, with the consent rule of a merge:
 * per topic the most restrictive choice wins (unsubscribed beats subscribed), so someone who left
 * a topic on either profile does not receive it again; where both chose the same, the newer
 * choice (its source and time) stays, so the outcome does not depend on which profile survives.
 * Only rows move: a topic neither profile chose keeps following the topic's default.
 */
export async function mergeTopicPreferences(tx: TTx, workspaceId: string, survivorId: string, mergedId: string): Promise<void> {
  const rows = await tx.topicPreference.findMany({ where: { workspaceId, profileId: { in: [survivorId, mergedId] } } });
  const ours = new Map(rows.filter((r) => r.profileId === survivorId).map((r) => [r.topicId, r]));
  for (const theirs of rows.filter((r) => r.profileId === mergedId)) {
    const mine = ours.get(theirs.topicId);
    // updatedAt given explicitly: Prisma's @updatedAt would otherwise date the choice now
    if (!mine) {
      await tx.topicPreference.update({ where: { id: theirs.id }, data: { profileId: survivorId, updatedAt: theirs.updatedAt } });
      continue;
    }
    const [a, b] = [restrictiveness(mine.status), restrictiveness(theirs.status)];
    if (b > a || (a === b && theirs.updatedAt > mine.updatedAt)) {
      await tx.topicPreference.update({ where: { id: mine.id }, data: { status: theirs.status, source: theirs.source, updatedAt: theirs.updatedAt } });
    }
  }
  // what was not moved goes with the merged profile (cascade)
}
