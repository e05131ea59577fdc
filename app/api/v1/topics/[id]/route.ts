import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/parse-input";
import { getTopic } from "@/lib/topics/get-topic";
import { updateTopic } from "@/lib/topics/update-topic";

export const GET = apiRoute<{ id: string }>("journeys:read", async ({ params, principal }) => Response.json(await getTopic(principal.workspaceId, params.id)));

export const PUT = apiRoute<{ id: string }>("settings:write", async ({ request, params, principal }) =>
  Response.json(await updateTopic(principal.workspaceId, params.id, await readJsonBody(request))),
);

/** Archives: choices are kept so unsubscribes still hold for messages that name the topic. */
export const DELETE = apiRoute<{ id: string }>("settings:write", async ({ params, principal }) => Response.json(await updateTopic(principal.workspaceId, params.id, { archived: true })));
