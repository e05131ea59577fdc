import { db } from "../db/client";
import { notFound } from "../errors";
import { JOURNEY_INCLUDE, toJourneyDetail, type TJourneyDetail } from "./journey-dto";

/** One journey of the workspace, or a notFound error (other workspaces' journeys do not exist here). */
export async function getJourney(workspaceId: string, id: string): Promise<TJourneyDetail> {
  const row = await db.journey.findFirst({ where: { id, workspaceId }, include: JOURNEY_INCLUDE });
  if (!row) throw notFound(`journey ${id}`);
  return toJourneyDetail(row);
}
