import { apiRoute } from "@/lib/http/api-route";
import { parseInput, searchParamsOf } from "@/lib/http/parse-input";
import { searchPreviewProfiles } from "@/lib/message-templates/search-preview-profiles";
import { ZPreviewProfilesQuery } from "@/lib/message-templates/template-schemas";

export const GET = apiRoute("journeys:read", async ({ request, principal }) => {
  const query = parseInput(ZPreviewProfilesQuery, searchParamsOf(request), "query");
  return Response.json({ profiles: await searchPreviewProfiles(principal.workspaceId, query.q) });
});
