import { db, type Db } from "../db/client";
import { notFound } from "../errors";
import { JOURNEY_INCLUDE, toJourneyDetail, type TJourneyDetail, type TJourneyRow } from "./journey-dto";

/** The part of the client journey reads need: the process-wide client or a transaction's. */
export type TJourneyDb = Pick<Db, "journey" | "journeyVersion">;

/**
 * Version numbers of the given version ids, in one query. The journey row stores only the id of
 * its live version (no relation, so no migration), and lists show the number ("live · v3").
 */
export async function findVersionNumbers(workspaceId: string, versionIds: readonly (string | null)[], client: TJourneyDb = db): Promise<Map<string, number>> {
  const ids = [...new Set(versionIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const versions = await client.journeyVersion.findMany({ where: { workspaceId, id: { in: ids } }, select: { id: true, version: true } });
  return new Map(versions.map((v) => [v.id, v.version]));
}

/** Journey rows with `liveVersionNumber` filled in. */
export async function withLiveVersionNumbers<R extends TJourneyRow>(workspaceId: string, rows: R[], client: TJourneyDb = db): Promise<R[]> {
  const numbers = await findVersionNumbers(workspaceId, rows.map((row) => row.liveVersionId), client);
  return rows.map((row) => ({ ...row, liveVersionNumber: row.liveVersionId ? (numbers.get(row.liveVersionId) ?? null) : null }));
}

/** One journey of the workspace in its full API form, live version number included; notFound otherwise. */
export async function loadJourneyDetail(workspaceId: string, id: string, client: TJourneyDb = db): Promise<TJourneyDetail> {
  const row = await client.journey.findFirst({ where: { id, workspaceId }, include: JOURNEY_INCLUDE });
  if (!row) throw notFound(`journey ${id}`);
  const [withNumber] = await withLiveVersionNumbers(workspaceId, [row], client);
  return toJourneyDetail(withNumber ?? row);
}
