import { apiRoute } from "@/lib/http/api-route";
import { getTestImpact } from "@/lib/preview/get-test-impact";

export const GET = apiRoute<{ id: string }>("journeys:read", async ({ params, principal }) => Response.json(await getTestImpact(principal.workspaceId, params.id)));
