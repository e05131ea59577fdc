import type { Db } from "../db/client";
import { notFound } from "../errors";
import { checkRowId } from "./check-row-id";
import type { TPreviewJourney } from "./load-preview-version";

/** A journey as previews read it: its row with the draft and the draft's settings. */
export type TPreviewJourneyRow = TPreviewJourney & { draft: unknown; settings: unknown };

/** The journey a preview is of, with its draft: 404 when it is not in the workspace. */
export async function loadPreviewJourney(client: Db, workspaceId: string, journeyId: string): Promise<TPreviewJourneyRow> {
  checkRowId(journeyId, `journey ${journeyId}`);
  const journey = await client.journey.findFirst({ where: { id: journeyId, workspaceId }, select: { id: true, name: true, status: true, liveVersionId: true, draft: true, settings: true } });
  if (!journey) throw notFound(`journey ${journeyId}`);
  return journey;
}
