import { db } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { parseInput, searchParamsOf } from "@/lib/http/parse-input";
import { listSegmentMembers } from "@/lib/segments/list-segment-members";
import { ZSegmentMembersQuery } from "@/lib/segments/segment-schemas";

export const GET = apiRoute<{ id: string }>("journeys:read", async ({ request, params, principal }) => {
  const query = parseInput(ZSegmentMembersQuery, searchParamsOf(request), "query");
  return Response.json(await listSegmentMembers(db, principal.workspaceId, params.id, query));
});
