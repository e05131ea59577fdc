import { apiRoute } from "@/lib/http/api-route";
import { parseInput, searchParamsOf } from "@/lib/http/parse-input";
import { listProfileEvents } from "@/lib/profiles/list-profile-events";
import { ZPageQuery } from "@/lib/profiles/profile-schemas";

export const GET = apiRoute<{ id: string }>("journeys:read", async ({ request, params, principal }) => {
  const query = parseInput(ZPageQuery, searchParamsOf(request), "query");
  return Response.json(await listProfileEvents(principal.workspaceId, params.id, query));
});
