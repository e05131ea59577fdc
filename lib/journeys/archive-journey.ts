import { db } from "../db/client";
import { notFound } from "../errors";
import { JOURNEY_INCLUDE, toJourneyDetail, type TJourneyDetail } from "./journey-dto";

/**
 * Archives a journey: it leaves the list, stops enrolling and becomes read-only. Nothing is
 * deleted, because its versions, enrollments and messages are history analytics still read.
 */
export async function archiveJourney(workspaceId: string, id: string): Promise<TJourneyDetail> {
  const found = await db.journey.findFirst({ where: { id, workspaceId }, select: { id: true } });
  if (!found) throw notFound(`journey ${id}`);
  const row = await db.journey.update({
    where: { id },
    data: { status: "archived", archivedAt: new Date(), revision: { increment: 1 } },
    include: JOURNEY_INCLUDE,
  });
  return toJourneyDetail(row);
}
