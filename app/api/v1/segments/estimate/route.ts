import { db } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { parseInput, readJsonBody } from "@/lib/http/parse-input";
import { estimateSegmentSize } from "@/lib/segments/estimate-segment-size";
import { ZEstimateSegmentBody } from "@/lib/segments/segment-schemas";

export const POST = apiRoute("journeys:read", async ({ request, principal }) => {
  const body = parseInput(ZEstimateSegmentBody, await readJsonBody(request));
  return Response.json(await estimateSegmentSize(db, principal.workspaceId, body.definition));
});
