import { db } from "../db/client";
import { nextScheduleRun } from "../engine/runner/next-schedule-run";
import type { TJourneyDetail } from "./journey-dto";
import { loadJourneyDetail } from "./load-journey-detail";

/**
 * One journey of the workspace, or a notFound error (other workspaces' journeys do not exist here).
 * A live schedule journey also says when it fires next (`nextRunAt`).
 */
export async function getJourney(workspaceId: string, id: string): Promise<TJourneyDetail & { nextRunAt: string | null }> {
  const detail = await loadJourneyDetail(workspaceId, id);
  return { ...detail, nextRunAt: await nextScheduleRun(db, workspaceId, detail, new Date()) };
}
