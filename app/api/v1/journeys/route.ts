import { apiRoute } from "@/lib/http/api-route";
import { parseInput, readJsonBody, searchParamsOf } from "@/lib/http/parse-input";
import { createJourney } from "@/lib/journeys/create-journey";
import { ZCreateJourneyBody, ZListJourneysQuery } from "@/lib/journeys/journey-schemas";
import { listJourneys } from "@/lib/journeys/list-journeys";

export const GET = apiRoute("journeys:read", async ({ request, principal }) => {
  const query = parseInput(ZListJourneysQuery, searchParamsOf(request), "query");
  const journeys = await listJourneys(principal.workspaceId, { status: query.status, includeArchived: query.includeArchived === "true" });
  return Response.json({ journeys });
});

export const POST = apiRoute("journeys:write", async ({ request, principal }) => {
  const body = parseInput(ZCreateJourneyBody, await readJsonBody(request));
  return Response.json(await createJourney(principal.workspaceId, principal.userId, body), { status: 201 });
});
