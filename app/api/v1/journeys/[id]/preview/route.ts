import { apiRoute } from "@/lib/http/api-route";
import { parseInput, readJsonBody } from "@/lib/http/parse-input";
import { ZPreviewRequest } from "@/lib/preview/preview-schemas";
import { runPreview } from "@/lib/preview/run-preview";

/** Read-only: analysts may preview too. */
export const POST = apiRoute<{ id: string }>("journeys:read", async ({ request, params, principal }) => {
  const body = parseInput(ZPreviewRequest, await readJsonBody(request));
  return Response.json(await runPreview(principal.workspaceId, params.id, body));
});
