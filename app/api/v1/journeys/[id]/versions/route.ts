import { apiRoute } from "@/lib/http/api-route";
import { getJourneyVersionHistory } from "@/lib/journeys/get-journey-version-history";

export const GET = apiRoute<{ id: string }>("journeys:read", async ({ params, principal }) => Response.json(await getJourneyVersionHistory(principal.workspaceId, params.id)));
