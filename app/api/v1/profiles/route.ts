import { apiRoute } from "@/lib/http/api-route";
import { parseInput, searchParamsOf } from "@/lib/http/parse-input";
import { ZListProfilesQuery } from "@/lib/profiles/profile-schemas";
import { searchProfiles } from "@/lib/profiles/search-profiles";

export const GET = apiRoute("journeys:read", async ({ request, principal }) => {
  const query = parseInput(ZListProfilesQuery, searchParamsOf(request), "query");
  return Response.json(await searchProfiles(principal.workspaceId, query));
});
