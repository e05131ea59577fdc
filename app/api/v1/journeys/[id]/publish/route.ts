import { apiRoute } from "@/lib/http/api-route";
import { publishJourney } from "@/lib/journeys/publish-journey";

export const POST = apiRoute<{ id: string }>("journeys:write", async ({ params, principal }) =>
  Response.json(await publishJourney(principal.workspaceId, params.id, principal.userId), { status: 201 }),
);
