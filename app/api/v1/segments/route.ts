import { db } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { parseInput, readJsonBody, searchParamsOf } from "@/lib/http/parse-input";
import { createSegment } from "@/lib/segments/create-segment";
import { listSegments } from "@/lib/segments/list-segments";
import { ZCreateSegmentBody, ZListSegmentsQuery } from "@/lib/segments/segment-schemas";

export const GET = apiRoute("journeys:read", async ({ request, principal }) => {
  const query = parseInput(ZListSegmentsQuery, searchParamsOf(request), "query");
  return Response.json({ segments: await listSegments(db, principal.workspaceId, { includeArchived: query.includeArchived === "true" }) });
});

export const POST = apiRoute("journeys:write", async ({ request, principal }) => {
  const body = parseInput(ZCreateSegmentBody, await readJsonBody(request));
  return Response.json(await createSegment(db, principal.workspaceId, principal.userId, body), { status: 201 });
});
