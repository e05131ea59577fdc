import type { Db } from "../db/client";
import { conflict, notFound } from "../errors";
import { findSegmentUsage } from "./find-segment-usage";
import { getSegment, segmentsReading } from "./get-segment";
import type { TSegmentDetail } from "./segment-schemas";

/**
 * Archives a segment: it leaves the list and stops being kept current; its history stays.
 * Refused (409, naming them) while a live or paused journey runs with it or another segment
 * reads it.
 */
export async function archiveSegment(db: Db, workspaceId: string, id: string): Promise<TSegmentDetail> {
  const row = await db.segment.findFirst({ where: { id, workspaceId }, select: { archivedAt: true } });
  if (!row) throw notFound(`segment ${id}`);
  if (row.archivedAt) return getSegment(db, workspaceId, id);
  const [usage, readers] = await Promise.all([findSegmentUsage(db, workspaceId), segmentsReading(db, workspaceId, id)]);
  const running = usage.get(id)?.running ?? [];
  if (running.length > 0 || readers.length > 0) {
    const names = [...running.map((j) => `journey "${j.name}"`), ...readers.map((s) => `segment "${s.name}"`)];
    throw conflict(`the segment is in use by ${names.join(", ")}; remove it from them first`, { journeys: running, segments: readers });
  }
  await db.segment.update({ where: { id }, data: { archivedAt: new Date() } });
  await db.segmentMembership.updateMany({ where: { segmentId: id, recheckAt: { not: null } }, data: { recheckAt: null } });
  return getSegment(db, workspaceId, id);
}
