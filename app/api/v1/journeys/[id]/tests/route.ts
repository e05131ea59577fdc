import { apiRoute } from "@/lib/http/api-route";
import { parseInput, readJsonBody } from "@/lib/http/parse-input";
import { listTestCases } from "@/lib/preview/list-test-cases";
import { ZCreateTestCaseBody } from "@/lib/preview/preview-schemas";
import { saveTestCase } from "@/lib/preview/save-test-case";

type TParams = { id: string };

export const GET = apiRoute<TParams>("journeys:read", async ({ params, principal }) => {
  const cases = await listTestCases(principal.workspaceId, params.id);
  return Response.json({ cases: cases.map(({ damaged: _damaged, ...testCase }) => testCase) });
});

export const POST = apiRoute<TParams>("journeys:write", async ({ request, params, principal }) => {
  const body = parseInput(ZCreateTestCaseBody, await readJsonBody(request));
  return Response.json(await saveTestCase(principal.workspaceId, params.id, principal.userId, body), { status: 201 });
});
