import { db } from "../db/client";
import { invalid, notFound } from "../errors";
import type { TJourneyDetail } from "./journey-dto";
import type { TJourneyStatus } from "./journey-schemas";
import { loadJourneyDetail } from "./load-journey-detail";

/** Why a status change from `current` is refused, as the sentence after "status: ". */
export type TRefusals = Record<TJourneyStatus, string | null>;

/**
 * Moves a journey from `from` to `to` in one conditional update, so a concurrent change can
 * never be overwritten; any other current status is refused with its sentence from `refusals`.
 * Neither the draft nor `revision` changes: an editor open on the journey keeps saving.
 */
export async function changeJourneyStatus(workspaceId: string, id: string, from: TJourneyStatus, to: TJourneyStatus, refusals: TRefusals): Promise<TJourneyDetail> {
  const result = await db.journey.updateMany({ where: { id, workspaceId, status: from }, data: { status: to } });
  if (result.count === 0) {
    const current = await db.journey.findFirst({ where: { id, workspaceId }, select: { status: true } });
    if (!current) throw notFound(`journey ${id}`);
    const reason = refusals[current.status as TJourneyStatus] ?? `journey is ${current.status}; only a ${from} journey can become ${to}`;
    throw invalid("status", reason);
  }
  return loadJourneyDetail(workspaceId, id);
}
