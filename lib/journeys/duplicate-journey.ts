import { db } from "../db/client";
import { asJson } from "../db/json";
import { notFound } from "../errors";
import { JOURNEY_INCLUDE, toJourneyDetail, type TJourneyDetail } from "./journey-dto";

/** A draft copy of a journey's current draft, named "<name> (copy)", owned by whoever copied it. */
export async function duplicateJourney(workspaceId: string, id: string, ownerId: string | null): Promise<TJourneyDetail> {
  const source = await db.journey.findFirst({ where: { id, workspaceId } });
  if (!source) throw notFound(`journey ${id}`);
  const row = await db.journey.create({
    data: {
      workspaceId,
      ownerId,
      name: `${source.name} (copy)`.slice(0, 120),
      description: source.description,
      draft: asJson(source.draft ?? {}),
      settings: asJson(source.settings ?? {}),
      status: "draft",
    },
    include: JOURNEY_INCLUDE,
  });
  return toJourneyDetail(row);
}
