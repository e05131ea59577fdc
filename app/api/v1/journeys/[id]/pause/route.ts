import { apiRoute } from "@/lib/http/api-route";
import { pauseJourney } from "@/lib/journeys/pause-journey";

export const POST = apiRoute<{ id: string }>("journeys:write", async ({ params, principal }) => Response.json(await pauseJourney(principal.workspaceId, params.id)));
