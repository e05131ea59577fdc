import { apiRoute } from "@/lib/http/api-route";
import { parseInput, readJsonBody } from "@/lib/http/parse-input";
import { importTestCases } from "@/lib/preview/import-test-cases";
import { ZImportTestCasesBody } from "@/lib/preview/preview-schemas";

export const POST = apiRoute<{ id: string }>("journeys:write", async ({ request, params, principal }) => {
  const body = parseInput(ZImportTestCasesBody, await readJsonBody(request));
  return Response.json(await importTestCases(principal.workspaceId, params.id, principal.userId, body.testCases));
});
