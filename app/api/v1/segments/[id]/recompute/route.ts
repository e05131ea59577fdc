import { db } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { startSegmentRecompute } from "@/lib/segments/start-segment-recompute";

export const POST = apiRoute<{ id: string }>("journeys:write", async ({ params, principal }) => {
  const { job } = await startSegmentRecompute(db, principal.workspaceId, params.id, { createdById: principal.userId });
  return Response.json({ job }, { status: 202 });
});
