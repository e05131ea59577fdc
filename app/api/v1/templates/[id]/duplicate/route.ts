import { apiRoute } from "@/lib/http/api-route";
import { duplicateTemplate } from "@/lib/message-templates/duplicate-template";

export const POST = apiRoute<{ id: string }>("journeys:write", async ({ params, principal }) =>
  Response.json(await duplicateTemplate(principal.workspaceId, params.id), { status: 201 }),
);
