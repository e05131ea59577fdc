import { apiRoute } from "@/lib/http/api-route";
import { getProfile } from "@/lib/profiles/get-profile";

export const GET = apiRoute<{ id: string }>("journeys:read", async ({ params, principal }) => Response.json(await getProfile(principal.workspaceId, params.id)));
