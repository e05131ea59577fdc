import { db } from "../db/client";
import { notFound } from "../errors";
import type { TJourneyDetail } from "./journey-dto";
import { loadJourneyDetail } from "./load-journey-detail";

/**
 * Archives a journey: it leaves the list, stops enrolling and becomes read-only. Nothing is
 * deleted, because its versions, enrollments and messages are history analytics still read.
 */
export async function archiveJourney(workspaceId: string, id: string): Promise<TJourneyDetail> {
  const result = await db.journey.updateMany({ where: { id, workspaceId }, data: { status: "archived", archivedAt: new Date(), revision: { increment: 1 } } });
  if (result.count === 0) throw notFound(`journey ${id}`);
  return loadJourneyDetail(workspaceId, id);
}
