import { db } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { getSegmentHistory } from "@/lib/segments/get-segment-history";

export const GET = apiRoute<{ id: string }>("journeys:read", async ({ params, principal }) => Response.json(await getSegmentHistory(db, principal.workspaceId, params.id)));
