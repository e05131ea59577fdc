import { apiRoute } from "@/lib/http/api-route";
import { parseInput, readJsonBody } from "@/lib/http/parse-input";
import { ZRunTestCasesBody } from "@/lib/preview/preview-schemas";
import { runTestCases } from "@/lib/preview/run-test-cases";

/** Read-only, like the preview: analysts (and a CI's read-only key) may run the cases. */
export const POST = apiRoute<{ id: string }>("journeys:read", async ({ request, params, principal }) => {
  const body = parseInput(ZRunTestCasesBody, await readJsonBody(request));
  return Response.json(await runTestCases(principal.workspaceId, params.id, body.version ?? "draft"));
});
