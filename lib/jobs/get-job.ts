import type { Db } from "../db/client";
import { notFound } from "../errors";
import { toJobDto } from "./job-dto";
import type { TJob } from "./job-schemas";

/** A running job silent for this long lost its process (a restart, a crash). */
export const STALE_AFTER_MS = 60_000;
export const STALE_ERROR = "stopped: the server running it restarted or crashed before it finished; start it again";

/**
 * One job of the workspace. A job still "running" whose heartbeat stopped more than a minute
 * ago is failed here, once, so the page says what happened instead of spinning forever.
 */
export async function getJob(db: Db, workspaceId: string, id: string, now = new Date()): Promise<TJob> {
  const row = await db.backgroundJob.findFirst({ where: { id, workspaceId } });
  if (!row) throw notFound(`job "${id}"`);
  const beat = row.heartbeatAt ?? row.startedAt ?? row.createdAt;
  if ((row.status === "running" || row.status === "queued") && now.getTime() - beat.getTime() > STALE_AFTER_MS) {
    const failed = await db.backgroundJob.update({ where: { id: row.id }, data: { status: "failed", error: STALE_ERROR, finishedAt: now, exclusiveKey: null } });
    return toJobDto(failed);
  }
  return toJobDto(row);
}

/** The newest jobs of a kind in the workspace (a page lists recent imports or recomputes). */
export async function listJobs(db: Db, workspaceId: string, kind: TJob["kind"], filter: { inputKey?: string; inputValue?: string; take?: number } = {}): Promise<TJob[]> {
  const rows = await db.backgroundJob.findMany({ where: { workspaceId, kind }, orderBy: { createdAt: "desc" }, take: filter.inputKey ? 200 : (filter.take ?? 20) });
  const jobs = rows.map(toJobDto);
  const matching = filter.inputKey ? jobs.filter((j) => j.input[filter.inputKey as string] === filter.inputValue) : jobs;
  return matching.slice(0, filter.take ?? 20);
}
