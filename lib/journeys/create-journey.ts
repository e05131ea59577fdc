import { db } from "../db/client";
import { asJson } from "../db/json";
import { emptyGraph } from "../journey/graph";
import { JOURNEY_INCLUDE, toJourneyDetail, type TJourneyDetail } from "./journey-dto";
import type { TCreateJourneyBody } from "./journey-schemas";
import { requireValidGraph } from "./require-valid-graph";

/** A new draft journey; without a graph it starts as a lone trigger, ready to build on. */
export async function createJourney(workspaceId: string, ownerId: string | null, input: TCreateJourneyBody): Promise<TJourneyDetail> {
  const graph = input.graph === undefined ? emptyGraph() : requireValidGraph(input.graph);
  const row = await db.journey.create({
    data: { workspaceId, ownerId, name: input.name, description: input.description ?? "", draft: asJson(graph), settings: asJson(input.settings ?? {}), status: "draft" },
    include: JOURNEY_INCLUDE,
  });
  return toJourneyDetail(row);
}
