import { apiRoute } from "@/lib/http/api-route";
import { exportJourney } from "@/lib/journeys/export-journey";

export const GET = apiRoute<{ id: string }>("journeys:read", async ({ params, principal }) => Response.json(await exportJourney(principal.workspaceId, params.id)));
