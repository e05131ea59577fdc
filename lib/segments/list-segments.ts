import type { Db } from "../db/client";
import { findSegmentUsage } from "./find-segment-usage";
import { toSegmentSummary } from "./segment-dto";
import type { TSegmentSummary } from "./segment-schemas";

/** The workspace's segments by name, with member counts and the journeys using each. */
export async function listSegments(db: Db, workspaceId: string, options: { includeArchived?: boolean } = {}): Promise<TSegmentSummary[]> {
  const [rows, usage] = await Promise.all([
    db.segment.findMany({ where: { workspaceId, ...(options.includeArchived ? {} : { archivedAt: null }) }, orderBy: { name: "asc" } }),
    findSegmentUsage(db, workspaceId),
  ]);
  return rows.map((row) => toSegmentSummary(row, usage.get(row.id)));
}
