import { db as defaultDb, type Db } from "../db/client";
import { asJson } from "../db/json";
import { conflict, notFound } from "../errors";
import { checkRowId } from "./check-row-id";
import { checkStorable } from "./check-storable";
import { isUniqueViolation } from "../journeys/retry-on-unique-violation";
import { PREVIEW_LIMITS, type TCreateTestCaseBody, type TTestCase } from "./preview-schemas";
import { previewWindow } from "./preview-window";
import { runPreview } from "./run-preview";
import { caseInputOf, expectedPathOf, TEST_CASE_COLUMNS, toTestCase } from "./test-case-dto";

/**
 * Saves a preview as a test case of the journey: who, the timeline and the assumptions (the
 * request less its version, with `start` pinned and times kept relative to it, see
 * `caseInputOf`), and the expected path — the one given, or, without it, the path the draft's
 * preview takes now (so "Save as test case" records what the marketer sees). Names are unique
 * per journey (409); a journey holds at most 200 cases. The input is checked by running it, so a
 * case that cannot run (unknown profile, bad event) is a 400 and is not saved.
 */
export async function saveTestCase(workspaceId: string, journeyId: string, createdById: string | null, body: TCreateTestCaseBody, options: { db?: Db; now?: Date } = {}): Promise<TTestCase> {
  const client = options.db ?? defaultDb;
  const now = options.now ?? new Date();
  checkRowId(journeyId, `journey ${journeyId}`);
  const journey = await client.journey.findFirst({ where: { id: journeyId, workspaceId }, select: { id: true } });
  if (!journey) throw notFound(`journey ${journeyId}`);
  checkStorable(body);
  const { start, until } = previewWindow(body.input, now);
  const input = caseInputOf(body.input, start, until);
  const preview = await runPreview(workspaceId, journeyId, { ...input, version: "draft" }, { db: client, now });
  const expected = body.expected ?? expectedPathOf(preview);
  const count = await client.journeyTestCase.count({ where: { workspaceId, journeyId } });
  if (count >= PREVIEW_LIMITS.maxCases) throw conflict(`a journey holds at most ${PREVIEW_LIMITS.maxCases} test cases; delete one first`);
  try {
    const row = await client.journeyTestCase.create({
      data: { workspaceId, journeyId, name: body.name, input: asJson(input), expected: asJson(expected), createdById },
      select: TEST_CASE_COLUMNS,
    });
    return toTestCase(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`a test case named "${body.name}" exists for this journey`, { path: "name" });
    throw error;
  }
}
