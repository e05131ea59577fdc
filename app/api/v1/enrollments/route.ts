import { listEnrollments } from "@/lib/enrollments/list-enrollments";
import { ZListEnrollmentsQuery } from "@/lib/enrollments/enrollment-schemas";
import { apiRoute } from "@/lib/http/api-route";
import { parseInput, searchParamsOf } from "@/lib/http/parse-input";

export const GET = apiRoute("journeys:read", async ({ request, principal }) =>
  Response.json(await listEnrollments(principal.workspaceId, parseInput(ZListEnrollmentsQuery, searchParamsOf(request), "query"))),
);
