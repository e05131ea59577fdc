import { apiRoute } from "@/lib/http/api-route";
import { parseInput, readJsonBody } from "@/lib/http/parse-input";
import { ZPublishJourneyBody } from "@/lib/journeys/lifecycle-schemas";
import { publishJourney } from "@/lib/journeys/publish-journey";

export const POST = apiRoute<{ id: string }>("journeys:write", async ({ request, params, principal }) => {
  const body = parseInput(ZPublishJourneyBody, await readJsonBody(request));
  return Response.json(await publishJourney(principal.workspaceId, params.id, principal.userId, body), { status: 201 });
});
