import { apiRoute } from "@/lib/http/api-route";
import { duplicateJourney } from "@/lib/journeys/duplicate-journey";

export const POST = apiRoute<{ id: string }>("journeys:write", async ({ params, principal }) =>
  Response.json(await duplicateJourney(principal.workspaceId, params.id, principal.userId), { status: 201 }),
);
