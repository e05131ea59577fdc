import { apiRoute } from "@/lib/http/api-route";
import { parseInput, readJsonBody } from "@/lib/http/parse-input";
import { previewTemplate } from "@/lib/message-templates/preview-template";
import { ZPreviewTemplateBody } from "@/lib/message-templates/template-schemas";

/** A read: it renders content the caller sends and saves nothing, so analysts may preview too. */
export const POST = apiRoute("journeys:read", async ({ request, principal }) => {
  const body = parseInput(ZPreviewTemplateBody, await readJsonBody(request));
  const unsubscribeUrl = new URL("/p/preview", request.url).href;
  return Response.json(await previewTemplate(principal.workspaceId, body, { unsubscribeUrl }));
});
