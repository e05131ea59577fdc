import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody, searchParamsOf } from "@/lib/http/parse-input";
import { createTopic } from "@/lib/topics/create-topic";
import { listTopics } from "@/lib/topics/list-topics";

export const GET = apiRoute("journeys:read", async ({ request, principal }) =>
  Response.json({ topics: await listTopics(principal.workspaceId, { includeArchived: searchParamsOf(request).includeArchived === "true" }) }),
);

export const POST = apiRoute("settings:write", async ({ request, principal }) => Response.json(await createTopic(principal.workspaceId, await readJsonBody(request)), { status: 201 }));
