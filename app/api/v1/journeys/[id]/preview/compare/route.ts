import { apiRoute } from "@/lib/http/api-route";
import { parseInput, readJsonBody } from "@/lib/http/parse-input";
import { comparePreviews } from "@/lib/preview/compare-previews";
import { ZCompareRequest } from "@/lib/preview/preview-schemas";

export const POST = apiRoute<{ id: string }>("journeys:read", async ({ request, params, principal }) => {
  const body = parseInput(ZCompareRequest, await readJsonBody(request));
  return Response.json(await comparePreviews(principal.workspaceId, params.id, body));
});
