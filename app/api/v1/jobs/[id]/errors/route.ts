import { db } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { parseInput, searchParamsOf } from "@/lib/http/parse-input";
import { ZJobErrorQuery } from "@/lib/jobs/job-schemas";
import { jobErrorsToCsv, listJobErrors } from "@/lib/jobs/list-job-errors";
import { MAX_STORED_ERRORS } from "@/lib/jobs/job-reporter";

export const GET = apiRoute<{ id: string }>("journeys:read", async ({ request, params, principal }) => {
  const query = parseInput(ZJobErrorQuery, searchParamsOf(request), "query");
  if (query.format === "csv") {
    const { errors } = await listJobErrors(db, principal.workspaceId, params.id, { limit: MAX_STORED_ERRORS });
    return new Response(jobErrorsToCsv(errors), { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="job-${params.id}-errors.csv"` } });
  }
  return Response.json(await listJobErrors(db, principal.workspaceId, params.id, { after: query.after, limit: query.limit }));
});
