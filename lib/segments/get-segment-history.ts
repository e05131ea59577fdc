import type { Db } from "../db/client";
import { notFound } from "../errors";
import type { TSegmentHistory } from "./segment-schemas";

const DAY = 86_400_000;

/**
 * A segment's recent entries and exits (the newest 20) and, for a chart, entries and exits per
 * UTC day over the last 30 days, read from SegmentMembershipChange.
 */
export async function getSegmentHistory(db: Db, workspaceId: string, segmentId: string, now = new Date()): Promise<TSegmentHistory> {
  const segment = await db.segment.findFirst({ where: { id: segmentId, workspaceId }, select: { id: true } });
  if (!segment) throw notFound(`segment ${segmentId}`);
  const start = Math.floor(now.getTime() / DAY) * DAY - 29 * DAY;
  const [recent, window] = await Promise.all([
    db.segmentMembershipChange.findMany({ where: { workspaceId, segmentId }, orderBy: [{ at: "desc" }, { id: "desc" }], take: 20, select: { profileId: true, change: true, at: true } }),
    db.segmentMembershipChange.groupBy({ by: ["change", "at"], where: { workspaceId, segmentId, at: { gte: new Date(start) } }, _count: { _all: true } }),
  ]);
  const perDay = Array.from({ length: 30 }, (_, i) => ({ day: new Date(start + i * DAY).toISOString().slice(0, 10), entered: 0, exited: 0 }));
  for (const row of window) {
    const slot = perDay[Math.floor((row.at.getTime() - start) / DAY)];
    if (slot && (row.change === "entered" || row.change === "exited")) slot[row.change] += row._count._all;
  }
  const emails = await db.identity.findMany({ where: { workspaceId, kind: "email", profileId: { in: [...new Set(recent.map((r) => r.profileId))] } }, select: { profileId: true, value: true } });
  const emailOf = new Map(emails.map((e) => [e.profileId, e.value]));
  return {
    recent: recent.flatMap((r) => (r.change === "entered" || r.change === "exited" ? [{ profileId: r.profileId, email: emailOf.get(r.profileId) ?? null, change: r.change, at: r.at.toISOString() }] : [])),
    perDay,
  };
}
