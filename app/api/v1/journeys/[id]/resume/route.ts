import { apiRoute } from "@/lib/http/api-route";
import { resumeJourney } from "@/lib/journeys/resume-journey";

export const POST = apiRoute<{ id: string }>("journeys:write", async ({ params, principal }) => Response.json(await resumeJourney(principal.workspaceId, params.id)));
