import { apiRoute } from "@/lib/http/api-route";
import { parseInput, searchParamsOf } from "@/lib/http/parse-input";
import { listProfiles } from "@/lib/profiles/list-profiles";
import { ZListProfilesQuery } from "@/lib/profiles/profile-schemas";

export const GET = apiRoute("journeys:read", async ({ request, principal }) => {
  const query = parseInput(ZListProfilesQuery, searchParamsOf(request), "query");
  return Response.json(await listProfiles(principal.workspaceId, query));
});
