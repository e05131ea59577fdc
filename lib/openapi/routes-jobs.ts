import { ZJob, ZJobErrorPage, ZJobErrorQuery } from "../jobs/job-schemas";
import { defineRoute } from "./define-route";
import { errors } from "./routes-journeys";

/** Long work with a progress bar (segment recomputes, CSV imports): poll the job, read its failed rows. */
export const jobRoutes = [
  defineRoute({
    method: "get",
    path: "/api/v1/jobs/{id}",
    summary: "A background job (segment recompute, profile import): status, processed / total, failed rows, result. A running job whose server died is reported failed after a minute",
    tag: "Jobs",
    permission: "journeys:read",
    responses: { 200: { description: "the job", schema: ZJob }, 404: { description: "no such job in this workspace" }, ...errors },
  }),
  defineRoute({
    method: "get",
    path: "/api/v1/jobs/{id}/errors",
    summary: "The job's failed rows in row order (the first 1,000 are kept), as JSON pages or, with format=csv, as a CSV report",
    tag: "Jobs",
    permission: "journeys:read",
    query: ZJobErrorQuery,
    responses: { 200: { description: "failed rows and the cursor of the next page", schema: ZJobErrorPage }, 404: { description: "no such job in this workspace" }, ...errors },
  }),
];
