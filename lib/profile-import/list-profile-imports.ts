import type { Db } from "../db/client";
import { getJob, listJobs } from "../jobs/get-job";
import type { TJob } from "../jobs/job-schemas";

/**
 * The workspace's most recent profile imports, newest first, for the import page. Unfinished ones
 * are read through getJob, so an import whose server died shows as failed rather than running
 * for ever.
 */
export async function listProfileImports(db: Db, workspaceId: string, take = 10): Promise<TJob[]> {
  const jobs = await listJobs(db, workspaceId, "profileImport", { take });
  return Promise.all(jobs.map((job) => (job.status === "running" || job.status === "queued" ? getJob(db, workspaceId, job.id) : job)));
}
