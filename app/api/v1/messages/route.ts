import { apiRoute } from "@/lib/http/api-route";
import { parseInput, searchParamsOf } from "@/lib/http/parse-input";
import { listMessages } from "@/lib/messages/list-messages";
import { ZListMessagesQuery } from "@/lib/messages/message-schemas";

export const GET = apiRoute("journeys:read", async ({ request, principal }) =>
  Response.json({ messages: await listMessages(principal.workspaceId, parseInput(ZListMessagesQuery, searchParamsOf(request))) }),
);
