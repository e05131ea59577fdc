import { ZCondition } from "../journey/conditions/schema";
import type { TJob } from "../jobs/job-schemas";
import type { TSegmentUsage } from "./find-segment-usage";
import type { TSegmentDetail, TSegmentSummary } from "./segment-schemas";

export type TSegmentRow = {
  id: string;
  name: string;
  description: string;
  definition: unknown;
  memberCount: number;
  computedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
};

/** List form of a segment row. */
export function toSegmentSummary(row: TSegmentRow, usage: TSegmentUsage | undefined): TSegmentSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    memberCount: row.memberCount,
    computedAt: row.computedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    archivedAt: row.archivedAt?.toISOString() ?? null,
    usedBy: usage?.journeys ?? [],
  };
}

/** Detail form; a stored definition that no longer parses reads as an empty "all" group. */
export function toSegmentDetail(row: TSegmentRow, usage: TSegmentUsage | undefined, usedBySegments: { id: string; name: string }[], latestRecompute: TJob | null): TSegmentDetail {
  const parsed = ZCondition.safeParse(row.definition);
  return { ...toSegmentSummary(row, usage), definition: parsed.success ? parsed.data : { kind: "all", conditions: [] }, usedBySegments, latestRecompute };
}
