import type { Db } from "../db/client";
import { notFound } from "../errors";
import { ZCondition } from "../journey/conditions/schema";
import { listJobs } from "../jobs/get-job";
import { definitionFacts } from "./definition-facts";
import { findSegmentUsage } from "./find-segment-usage";
import { toSegmentDetail } from "./segment-dto";
import type { TSegmentDetail } from "./segment-schemas";

/** Segments (not archived) whose definitions read `segmentId`. */
export async function segmentsReading(db: Db, workspaceId: string, segmentId: string): Promise<{ id: string; name: string }[]> {
  const rows = await db.segment.findMany({ where: { workspaceId, archivedAt: null, id: { not: segmentId } }, select: { id: true, name: true, definition: true }, orderBy: { name: "asc" } });
  return rows.filter((r) => {
    const parsed = ZCondition.safeParse(r.definition);
    return parsed.success && definitionFacts(parsed.data).segmentRefs.has(segmentId);
  }).map((r) => ({ id: r.id, name: r.name }));
}

/** One segment of the workspace with its definition, who uses it and its newest recompute. */
export async function getSegment(db: Db, workspaceId: string, id: string): Promise<TSegmentDetail> {
  const row = await db.segment.findFirst({ where: { id, workspaceId } });
  if (!row) throw notFound(`segment ${id}`);
  const [usage, readers, jobs] = await Promise.all([findSegmentUsage(db, workspaceId), segmentsReading(db, workspaceId, id), listJobs(db, workspaceId, "segmentRecompute", { inputKey: "segmentId", inputValue: id, take: 1 })]);
  return toSegmentDetail(row, usage.get(id), readers, jobs[0] ?? null);
}
