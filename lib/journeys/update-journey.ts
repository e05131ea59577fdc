import { db } from "../db/client";
import { asJson } from "../db/json";
import { conflict, invalid, notFound } from "../errors";
import type { TJourneyDetail } from "./journey-dto";
import type { TUpdateJourneyBody } from "./journey-schemas";
import { loadJourneyDetail } from "./load-journey-detail";
import { requireValidGraph } from "./require-valid-graph";
import { requireValidSettings } from "./require-valid-settings";

/**
 * Saves name, description, draft graph or settings. Everything is validated before anything is
 * written, so a bad graph or bad settings leave the stored ones untouched; settings are stored
 * as parsed (defaults filled in, unknown keys dropped). The revision check and the write are
 * one conditional update: of two concurrent saves naming the same revision exactly one wins.
 */
export async function updateJourney(workspaceId: string, id: string, input: TUpdateJourneyBody): Promise<TJourneyDetail> {
  const graph = input.graph === undefined ? undefined : requireValidGraph(input.graph);
  const settings = input.settings === undefined ? undefined : requireValidSettings(input.settings);
  const current = await db.journey.findFirst({ where: { id, workspaceId }, select: { revision: true, status: true } });
  if (!current) throw notFound(`journey ${id}`);
  if (current.status === "archived") throw invalid("status", "journey is archived; archived journeys are read-only");
  const expected = input.revision ?? current.revision;
  const result = await db.journey.updateMany({
    where: { id, workspaceId, revision: expected },
    data: {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.description !== undefined && { description: input.description }),
      ...(graph !== undefined && { draft: asJson(graph) }),
      ...(settings !== undefined && { settings: asJson(settings) }),
      revision: { increment: 1 },
    },
  });
  if (result.count === 0) {
    throw conflict(`revision: the journey was changed elsewhere (you have revision ${expected}); reload to see the latest before saving`, { path: "revision" });
  }
  return loadJourneyDetail(workspaceId, id);
}
