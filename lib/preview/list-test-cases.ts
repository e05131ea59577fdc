import { db as defaultDb, type Db } from "../db/client";
import { notFound } from "../errors";
import { checkRowId } from "./check-row-id";
import type { TTestCase } from "./preview-schemas";
import { TEST_CASE_COLUMNS, toTestCase } from "./test-case-dto";

/** The journey's saved cases, by name (404 when the journey is not in the workspace). */
export async function listTestCases(workspaceId: string, journeyId: string, client: Db = defaultDb): Promise<(TTestCase & { damaged?: string })[]> {
  checkRowId(journeyId, `journey ${journeyId}`);
  const journey = await client.journey.findFirst({ where: { id: journeyId, workspaceId }, select: { id: true } });
  if (!journey) throw notFound(`journey ${journeyId}`);
  const rows = await client.journeyTestCase.findMany({ where: { workspaceId, journeyId }, orderBy: [{ name: "asc" }, { id: "asc" }], select: TEST_CASE_COLUMNS });
  return rows.map(toTestCase);
}
