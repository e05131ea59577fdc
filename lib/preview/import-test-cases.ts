import { db as defaultDb, type Db } from "../db/client";
import { asJson } from "../db/json";
import { conflict } from "../errors";
import { checkStorable } from "./check-storable";
import { listTestCases } from "./list-test-cases";
import { PREVIEW_LIMITS, type TTestCase, type TTestCaseExport } from "./preview-schemas";

/**
 * Brings a journey export's cases into the journey (the editor's import sends them after it
 * replaced the canvas): a case whose name exists is replaced, the others are added, in one
 * transaction. They are stored as exported, not run: a case from another workspace may name a
 * profile that does not exist here, and says so when it runs.
 */
export async function importTestCases(workspaceId: string, journeyId: string, createdById: string | null, cases: readonly TTestCaseExport[], client: Db = defaultDb): Promise<{ imported: number; cases: TTestCase[] }> {
  checkStorable(cases, "testCases");
  const existing = await listTestCases(workspaceId, journeyId, client);
  const names = new Set(existing.map((c) => c.name));
  const added = new Set(cases.map((c) => c.name).filter((name) => !names.has(name)));
  if (existing.length + added.size > PREVIEW_LIMITS.maxCases) throw conflict(`a journey holds at most ${PREVIEW_LIMITS.maxCases} test cases; this import would make ${existing.length + added.size}`);
  await client.$transaction(async (tx) => {
    for (const testCase of cases) {
      const data = { input: asJson(testCase.input), expected: asJson(testCase.expected) };
      await tx.journeyTestCase.upsert({
        where: { journeyId_name: { journeyId, name: testCase.name } },
        create: { workspaceId, journeyId, name: testCase.name, createdById, ...data },
        update: data,
      });
    }
  });
  return { imported: cases.length, cases: await listTestCases(workspaceId, journeyId, client) };
}
