import { apiRoute } from "@/lib/http/api-route";
import { parseInput, readJsonBody } from "@/lib/http/parse-input";
import { deleteTemplate } from "@/lib/message-templates/delete-template";
import { getTemplate } from "@/lib/message-templates/get-template";
import { ZUpdateTemplateBody } from "@/lib/message-templates/template-schemas";
import { updateTemplate } from "@/lib/message-templates/update-template";

type TParams = { id: string };

export const GET = apiRoute<TParams>("journeys:read", async ({ params, principal }) => Response.json(await getTemplate(principal.workspaceId, params.id)));

export const PUT = apiRoute<TParams>("journeys:write", async ({ request, params, principal }) => {
  const body = parseInput(ZUpdateTemplateBody, await readJsonBody(request));
  return Response.json(await updateTemplate(principal.workspaceId, params.id, body));
});

export const DELETE = apiRoute<TParams>("journeys:write", async ({ params, principal }) => Response.json(await deleteTemplate(principal.workspaceId, params.id)));
