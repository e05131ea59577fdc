import { db } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { parseInput, readJsonBody } from "@/lib/http/parse-input";
import { archiveSegment } from "@/lib/segments/archive-segment";
import { getSegment } from "@/lib/segments/get-segment";
import { ZUpdateSegmentBody } from "@/lib/segments/segment-schemas";
import { updateSegment } from "@/lib/segments/update-segment";

type TParams = { id: string };

export const GET = apiRoute<TParams>("journeys:read", async ({ params, principal }) => Response.json(await getSegment(db, principal.workspaceId, params.id)));

export const PUT = apiRoute<TParams>("journeys:write", async ({ request, params, principal }) => {
  const body = parseInput(ZUpdateSegmentBody, await readJsonBody(request));
  return Response.json(await updateSegment(db, principal.workspaceId, params.id, principal.userId, body));
});

export const DELETE = apiRoute<TParams>("journeys:write", async ({ params, principal }) => Response.json(await archiveSegment(db, principal.workspaceId, params.id)));
