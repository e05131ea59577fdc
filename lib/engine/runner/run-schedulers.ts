import type { Db } from "../../db/client";
import { processSegmentEntries, type TSegmentEntriesSummary } from "./process-segment-entries";
import { runDueSchedules, type TSchedulesSummary } from "./run-due-schedules";

export type TSchedulersSummary = { segmentEntries: TSegmentEntriesSummary; schedules: TSchedulesSummary };

/**
 * The enrolments no ingested event brings: segment entries recorded since the last pass (the
 * segments engine also calls `processSegmentEntries` right after ingest; whoever comes first
 * consumes a change) and schedule firings that are due. Each batch is bounded, so a driver's
 * pass stays short and the next pass takes the rest.
 */
export async function runSchedulers(db: Db, options: { now: Date; workspaceId?: string; shouldStop?: () => boolean }): Promise<TSchedulersSummary> {
  const scope = options.workspaceId ? { workspaceId: options.workspaceId } : {};
  const segmentEntries = await processSegmentEntries(db, { now: options.now, ...scope });
  const schedules = options.shouldStop?.()
    ? { fired: 0, enrolled: 0, skipped: 0, sent: 0, finished: 0 }
    : await runDueSchedules(db, { now: options.now, ...scope });
  return { segmentEntries, schedules };
}
