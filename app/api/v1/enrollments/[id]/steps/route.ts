import { ZStepPageQuery } from "@/lib/enrollments/enrollment-schemas";
import { listEnrollmentSteps } from "@/lib/enrollments/list-enrollment-steps";
import { apiRoute } from "@/lib/http/api-route";
import { parseInput, searchParamsOf } from "@/lib/http/parse-input";

export const GET = apiRoute<{ id: string }>("journeys:read", async ({ request, params, principal }) => {
  const query = parseInput(ZStepPageQuery, searchParamsOf(request), "query");
  return Response.json(await listEnrollmentSteps(principal.workspaceId, params.id, query));
});
