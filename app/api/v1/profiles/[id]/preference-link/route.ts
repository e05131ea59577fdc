import { apiRoute } from "@/lib/http/api-route";
import { createPreferenceLink } from "@/lib/preferences/create-preference-link";

export const GET = apiRoute<{ id: string }>("journeys:write", async ({ request, params, principal }) =>
  Response.json(await createPreferenceLink(principal.workspaceId, params.id, new URL(request.url).origin)),
);
