import type { Db } from "../db/client";

/**
 * After merges, keeps the change log and memberCount true. A merge moves the merged-away
 * profile's memberships to the survivor where the survivor had none and deletes the rest (the
 * profile row goes, the rows cascade). Here, for each merge caused by `messageIds`: every segment
 * the merged-away profile had entered (by its change log) gets an "exited" row for it; where the
 * survivor now holds a membership it never entered itself (moved over), an "entered" row is
 * written already processed (no segment-entry journey fires for what is one person all along);
 * then memberCount of those segments is recounted from the rows (a merge is rare, a count per
 * touched segment is cheap). Returns the survivors, which the caller re-evaluates in full.
 */
export async function reconcileMergedMemberships(db: Db, workspaceId: string, messageIds: readonly string[], now: Date): Promise<Set<string>> {
  if (messageIds.length === 0) return new Set();
  const merges = await db.profileMerge.findMany({ where: { workspaceId, eventMessageId: { in: [...messageIds] } }, select: { survivorId: true, mergedId: true } });
  if (merges.length === 0) return new Set();
  const ids = [...new Set(merges.flatMap((m) => [m.survivorId, m.mergedId]))];
  const changes = await db.segmentMembershipChange.findMany({ where: { workspaceId, profileId: { in: ids } }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { segmentId: true, profileId: true, change: true } });
  const last = new Map<string, string>();
  for (const c of changes) last.set(`${c.segmentId}\u0000${c.profileId}`, c.change);
  const touched = new Set<string>();
  const rows: { workspaceId: string; segmentId: string; profileId: string; change: string; at: Date; processedAt: Date | null }[] = [];
  const live = await db.segmentMembership.findMany({ where: { workspaceId, profileId: { in: merges.map((m) => m.survivorId) }, exitedAt: null }, select: { segmentId: true, profileId: true } });
  for (const { survivorId, mergedId } of merges) {
    for (const [key, change] of last) {
      const [segmentId, profileId] = key.split("\u0000") as [string, string];
      if (profileId !== mergedId || change !== "entered") continue;
      touched.add(segmentId);
      rows.push({ workspaceId, segmentId, profileId: mergedId, change: "exited", at: now, processedAt: null });
      const survivorHolds = live.some((m) => m.profileId === survivorId && m.segmentId === segmentId);
      if (survivorHolds && last.get(`${segmentId}\u0000${survivorId}`) !== "entered") {
        rows.push({ workspaceId, segmentId, profileId: survivorId, change: "entered", at: now, processedAt: now });
        last.set(`${segmentId}\u0000${survivorId}`, "entered");
      }
    }
  }
  if (rows.length > 0) await db.segmentMembershipChange.createMany({ data: rows });
  for (const segmentId of [...touched].sort()) {
    const members = await db.segmentMembership.count({ where: { segmentId, exitedAt: null } });
    await db.segment.update({ where: { id: segmentId }, data: { memberCount: members } });
  }
  return new Set(merges.map((m) => m.survivorId));
}
