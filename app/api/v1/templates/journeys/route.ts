import { apiRoute } from "@/lib/http/api-route";
import { listJourneyTemplates } from "@/lib/journeys/list-journey-templates";

export const GET = apiRoute("journeys:read", async () => Response.json({ templates: listJourneyTemplates() }));
