import { enrollViaApi } from "@/lib/enrollments/enroll-via-api";
import { ZEnrollBody } from "@/lib/enrollments/enrollment-schemas";
import { apiRoute } from "@/lib/http/api-route";
import { parseInput, readJsonBody } from "@/lib/http/parse-input";

export const POST = apiRoute<{ id: string }>("journeys:write", async ({ request, params, principal }) =>
  Response.json(await enrollViaApi(principal.workspaceId, params.id, parseInput(ZEnrollBody, await readJsonBody(request))), { status: 201 }),
);
