import { apiRoute } from "@/lib/http/api-route";
import { parseInput, readJsonBody } from "@/lib/http/parse-input";
import { ZValidateJourneyBody } from "@/lib/journeys/lifecycle-schemas";
import { validateJourneyDraft } from "@/lib/journeys/validate-journey-draft";

// A POST because it may carry an unsaved graph, but it changes nothing: a read, analysts included.
export const POST = apiRoute<{ id: string }>("journeys:read", async ({ request, params, principal }) => {
  const body = parseInput(ZValidateJourneyBody, await readJsonBody(request));
  return Response.json(await validateJourneyDraft(principal.workspaceId, params.id, body));
});
