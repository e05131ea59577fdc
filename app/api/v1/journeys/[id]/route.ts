import { apiRoute } from "@/lib/http/api-route";
import { parseInput, readJsonBody } from "@/lib/http/parse-input";
import { archiveJourney } from "@/lib/journeys/archive-journey";
import { getJourney } from "@/lib/journeys/get-journey";
import { ZUpdateJourneyBody } from "@/lib/journeys/journey-schemas";
import { updateJourney } from "@/lib/journeys/update-journey";

type TParams = { id: string };

export const GET = apiRoute<TParams>("journeys:read", async ({ params, principal }) => Response.json(await getJourney(principal.workspaceId, params.id)));

export const PUT = apiRoute<TParams>("journeys:write", async ({ request, params, principal }) => {
  const body = parseInput(ZUpdateJourneyBody, await readJsonBody(request));
  return Response.json(await updateJourney(principal.workspaceId, params.id, body));
});

export const DELETE = apiRoute<TParams>("journeys:write", async ({ params, principal }) => Response.json(await archiveJourney(principal.workspaceId, params.id)));
