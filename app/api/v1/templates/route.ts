import { apiRoute } from "@/lib/http/api-route";
import { parseInput, readJsonBody, searchParamsOf } from "@/lib/http/parse-input";
import { createTemplate } from "@/lib/message-templates/create-template";
import { listTemplates } from "@/lib/message-templates/list-templates";
import { ZCreateTemplateBody, ZListTemplatesQuery } from "@/lib/message-templates/template-schemas";

export const GET = apiRoute("journeys:read", async ({ request, principal }) => {
  const query = parseInput(ZListTemplatesQuery, searchParamsOf(request), "query");
  return Response.json({ templates: await listTemplates(principal.workspaceId, query) });
});

export const POST = apiRoute("journeys:write", async ({ request, principal }) => {
  const body = parseInput(ZCreateTemplateBody, await readJsonBody(request));
  return Response.json(await createTemplate(principal.workspaceId, body), { status: 201 });
});
