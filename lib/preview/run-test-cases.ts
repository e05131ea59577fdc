import { db as defaultDb, type Db } from "../db/client";
import { DomainError } from "../errors";
import { firstDifference } from "./first-difference";
import { loadPreviewVersion, type TLoadedPreviewVersion } from "./load-preview-version";
import type { TPreviewVersion, TRunTestCasesResult, TTestCase, TTestCaseOutcome } from "./preview-schemas";
import { loadPreviewJourney } from "./load-preview-journey";
import { previewVersion } from "./preview-version";
import { expectedPathOf, sameExpectedStep, TEST_CASE_COLUMNS, toTestCase } from "./test-case-dto";

type TJourney = Awaited<ReturnType<typeof loadPreviewJourney>>;

/** One case through one loaded version: passed, or the first step where its path differs from the expected one. */
export async function runTestCase(client: Db, workspaceId: string, journey: TJourney, loaded: TLoadedPreviewVersion, testCase: TTestCase & { damaged?: string }, now: Date): Promise<TTestCaseOutcome> {
  const base = { id: testCase.id, name: testCase.name };
  if (testCase.damaged) return { ...base, passed: false, firstDifference: null, error: `the case cannot run: ${testCase.damaged}` };
  try {
    const result = await previewVersion(client, workspaceId, journey, loaded, testCase.input, { db: client, now, assumeKeys: new Set(Object.keys(testCase.input.assume ?? {})) });
    const difference = firstDifference(testCase.expected, expectedPathOf(result), sameExpectedStep);
    return { ...base, passed: difference === null, firstDifference: difference && { index: difference.index, expected: difference.a, actual: difference.b } };
  } catch (error) {
    // A case whose profile was deleted (or whose input no longer fits) fails with the reason; it does not fail the run.
    if (error instanceof DomainError) return { ...base, passed: false, firstDifference: null, error: `the case cannot run: ${error.message}` };
    throw error;
  }
}

/**
 * Reruns every saved case of the journey against the draft (default) or a published version and
 * reports, per case, whether it took its expected path and where it first differs. Read-only, as
 * every preview is: a team can run it from its own CI (`POST /api/v1/journeys/:id/tests/run`).
 */
export async function runTestCases(workspaceId: string, journeyId: string, version: TPreviewVersion = "draft", options: { db?: Db; now?: Date } = {}): Promise<TRunTestCasesResult> {
  const client = options.db ?? defaultDb;
  const now = options.now ?? new Date();
  const journey = await loadPreviewJourney(client, workspaceId, journeyId);
  const loaded = await loadPreviewVersion(client, workspaceId, journey, version);
  const rows = await client.journeyTestCase.findMany({ where: { workspaceId, journeyId }, orderBy: [{ name: "asc" }, { id: "asc" }], select: TEST_CASE_COLUMNS });
  const cases: TTestCaseOutcome[] = [];
  for (const row of rows) cases.push(await runTestCase(client, workspaceId, journey, loaded, toTestCase(row), now));
  const passed = cases.filter((c) => c.passed).length;
  return { version: { kind: loaded.kind, number: loaded.number }, passed, failed: cases.length - passed, cases };
}
