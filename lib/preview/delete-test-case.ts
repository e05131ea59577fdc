import { db as defaultDb, type Db } from "../db/client";
import { notFound } from "../errors";
import { checkRowId } from "./check-row-id";

/** Deletes one saved case of the journey (404 when there is no such case there). */
export async function deleteTestCase(workspaceId: string, journeyId: string, caseId: string, client: Db = defaultDb): Promise<{ id: string }> {
  checkRowId(journeyId, `journey ${journeyId}`);
  checkRowId(caseId, `test case ${caseId}`);
  const deleted = await client.journeyTestCase.deleteMany({ where: { id: caseId, workspaceId, journeyId } });
  if (deleted.count === 0) throw notFound(`test case ${caseId}`);
  return { id: caseId };
}
