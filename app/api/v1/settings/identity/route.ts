import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/parse-input";
import { getIdentitySettings } from "@/lib/profiles/get-identity-settings";
import { updateIdentityRules } from "@/lib/profiles/update-identity-rules";

export const GET = apiRoute("journeys:read", async ({ principal }) => Response.json(await getIdentitySettings(principal.workspaceId)));

export const PUT = apiRoute("settings:write", async ({ request, principal }) => Response.json(await updateIdentityRules(principal.workspaceId, await readJsonBody(request))));
