import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/parse-input";
import { getProfilePreferences } from "@/lib/preferences/get-profile-preferences";
import { updateProfileConsent } from "@/lib/preferences/update-profile-consent";

export const GET = apiRoute<{ id: string }>("journeys:read", async ({ params, principal }) => Response.json(await getProfilePreferences(principal.workspaceId, params.id)));

export const PUT = apiRoute<{ id: string }>("journeys:write", async ({ request, params, principal }) =>
  Response.json(await updateProfileConsent(principal.workspaceId, params.id, await readJsonBody(request))),
);
