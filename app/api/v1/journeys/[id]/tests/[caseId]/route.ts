import { apiRoute } from "@/lib/http/api-route";
import { deleteTestCase } from "@/lib/preview/delete-test-case";

export const DELETE = apiRoute<{ id: string; caseId: string }>("journeys:write", async ({ params, principal }) =>
  Response.json(await deleteTestCase(principal.workspaceId, params.id, params.caseId)),
);
