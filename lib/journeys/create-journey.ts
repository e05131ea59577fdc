import { db } from "../db/client";
import { asJson } from "../db/json";
import { invalid } from "../errors";
import { emptyGraph } from "../journey/graph";
import { createJourneyFromTemplate } from "./create-journey-from-template";
import { JOURNEY_INCLUDE, toJourneyDetail, type TJourneyDetail } from "./journey-dto";
import type { TCreateJourneyBody } from "./journey-schemas";
import { requireValidGraph } from "./require-valid-graph";
import { requireValidSettings } from "./require-valid-settings";

/**
 * A new draft journey. With `template`, it is built from that gallery template (see
 * createJourneyFromTemplate); otherwise from `graph`, or as a lone trigger, ready to build on.
 */
export async function createJourney(workspaceId: string, ownerId: string | null, input: TCreateJourneyBody): Promise<TJourneyDetail> {
  if (input.template !== undefined) {
    return createJourneyFromTemplate(workspaceId, ownerId, { templateId: input.template, name: input.name, description: input.description });
  }
  // ZCreateJourneyBody already demands a name here; this keeps direct callers honest too.
  if (input.name === undefined) throw invalid("name", "is required unless `template` names a journey template");
  const graph = input.graph === undefined ? emptyGraph() : requireValidGraph(input.graph);
  const settings = requireValidSettings(input.settings ?? {});
  const row = await db.journey.create({
    data: { workspaceId, ownerId, name: input.name, description: input.description ?? "", draft: asJson(graph), settings: asJson(settings), status: "draft" },
    include: JOURNEY_INCLUDE,
  });
  return toJourneyDetail(row);
}
