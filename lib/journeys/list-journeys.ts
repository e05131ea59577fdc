import { db } from "../db/client";
import { JOURNEY_INCLUDE, toJourneySummary } from "./journey-dto";
import type { TJourneyStatus, TJourneySummary } from "./journey-schemas";
import { withLiveVersionNumbers } from "./load-journey-detail";

/** Journeys of a workspace, most recently updated first; archived ones only when asked. */
export async function listJourneys(workspaceId: string, options: { status?: TJourneyStatus; includeArchived?: boolean } = {}): Promise<TJourneySummary[]> {
  const status = options.status ? options.status : options.includeArchived ? undefined : { not: "archived" };
  const rows = await db.journey.findMany({ where: { workspaceId, status }, include: JOURNEY_INCLUDE, orderBy: { updatedAt: "desc" } });
  return (await withLiveVersionNumbers(workspaceId, rows)).map(toJourneySummary);
}
