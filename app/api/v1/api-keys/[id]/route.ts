import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { apiRoute } from "@/lib/http/api-route";

export const DELETE = apiRoute<{ id: string }>("apiKeys:manage", async ({ params, principal }) => Response.json(await revokeApiKey(principal.workspaceId, params.id)));
