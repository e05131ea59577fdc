import { db as defaultDb, type Db } from "../db/client";
import { loadPreviewVersion } from "./load-preview-version";
import type { TTestImpact } from "./preview-schemas";
import { loadPreviewJourney } from "./load-preview-journey";
import { runTestCase } from "./run-test-cases";
import { TEST_CASE_COLUMNS, toTestCase } from "./test-case-dto";

/**
 * What publishing the draft would do to the saved cases: the cases that fail on the draft, and
 * those whose outcome differs from the live version's (the publish dialog lists them and asks
 * to confirm; publishing itself goes ahead unless the caller asks for passing cases). Without a
 * live version, every failing case is a change. Read-only.
 */
export async function getTestImpact(workspaceId: string, journeyId: string, options: { db?: Db; now?: Date } = {}): Promise<TTestImpact> {
  const client = options.db ?? defaultDb;
  const now = options.now ?? new Date();
  const journey = await loadPreviewJourney(client, workspaceId, journeyId);
  const draft = await loadPreviewVersion(client, workspaceId, journey, "draft");
  const liveRow = journey.liveVersionId ? await client.journeyVersion.findFirst({ where: { id: journey.liveVersionId, workspaceId }, select: { version: true } }) : null;
  const live = liveRow ? await loadPreviewVersion(client, workspaceId, journey, liveRow.version) : null;
  const rows = await client.journeyTestCase.findMany({ where: { workspaceId, journeyId }, orderBy: [{ name: "asc" }, { id: "asc" }], select: TEST_CASE_COLUMNS });
  const failing: TTestImpact["failing"] = [];
  const changed: TTestImpact["changed"] = [];
  for (const row of rows) {
    const testCase = toTestCase(row);
    const onDraft = await runTestCase(client, workspaceId, journey, draft, testCase, now);
    const onLive = live ? await runTestCase(client, workspaceId, journey, live, testCase, now) : null;
    if (!onDraft.passed) failing.push(onDraft);
    const passedLive = onLive?.passed ?? true;
    if (passedLive !== onDraft.passed) changed.push({ id: testCase.id, name: testCase.name, passedLive, passedDraft: onDraft.passed });
  }
  return { liveVersion: liveRow?.version ?? null, total: rows.length, failing, changed };
}
