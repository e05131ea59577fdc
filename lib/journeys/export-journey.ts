import { db as defaultDb, type Db } from "../db/client";
import { notFound } from "../errors";
import type { TJourneyGraph } from "../journey/graph";
import { checkRowId } from "../preview/check-row-id";
import { listTestCases } from "../preview/list-test-cases";
import type { TTestCaseExport } from "../preview/preview-schemas";
import { readStoredGraph } from "./read-stored-graph";

export type TJourneyExportFile = { name: string; graph: TJourneyGraph; settings: Record<string, unknown>; testCases: TTestCaseExport[] };

/**
 * The journey as a file the editor's import reads back: name, draft graph and settings, and its
 * saved test cases (without ids; `POST /api/v1/journeys/:id/tests/import` adds them to the
 * journey the file is imported into). A case whose stored JSON is damaged is left out.
 */
export async function exportJourney(workspaceId: string, journeyId: string, client: Db = defaultDb): Promise<TJourneyExportFile> {
  checkRowId(journeyId, `journey ${journeyId}`);
  const journey = await client.journey.findFirst({ where: { id: journeyId, workspaceId }, select: { name: true, draft: true, settings: true } });
  if (!journey) throw notFound(`journey ${journeyId}`);
  const cases = await listTestCases(workspaceId, journeyId, client);
  const settings = journey.settings && typeof journey.settings === "object" && !Array.isArray(journey.settings) ? (journey.settings as Record<string, unknown>) : {};
  return {
    name: journey.name,
    graph: readStoredGraph(journey.draft),
    settings,
    testCases: cases.filter((c) => !c.damaged).map((c) => ({ name: c.name, input: c.input, expected: c.expected })),
  };
}
