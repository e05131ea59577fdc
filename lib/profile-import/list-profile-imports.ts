import type { Db } from "../db/client";
import { listJobs } from "../jobs/get-job";
import type { TJob } from "../jobs/job-schemas";

/** The workspace's most recent profile imports, newest first, for the import page. */
export async function listProfileImports(db: Db, workspaceId: string, take = 10): Promise<TJob[]> {
  return listJobs(db, workspaceId, "profileImport", { take });
}
