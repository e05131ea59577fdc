import type { Db } from "../db/client";
import { asJson } from "../db/json";
import { toJobDto } from "./job-dto";
import type { TJob, TJobKind } from "./job-schemas";
import { JobReporter } from "./job-reporter";

/** How often a running job proves it is alive, whatever its work reports. */
const HEARTBEAT_MS = 5_000;

export type TStartJobInput = {
  workspaceId: string;
  kind: TJobKind;
  input?: Record<string, unknown>;
  total?: number | null;
  createdById?: string | null;
};

export type TJobWork = (reporter: JobReporter) => Promise<Record<string, unknown>>;

export type TStartedJob = { job: TJob; done: Promise<TJob> };

/**
 * Creates a job row and runs `work` in the background of this process: the row goes queued →
 * running → succeeded (with the result `work` returns) or failed (with the error's message), and
 * a heartbeat keeps it fresh so a reader can tell a job whose process died (lib/jobs/get-job).
 * The caller answers the request at once with `job`; tests and scripts await `done`, which
 * never rejects.
 */
export async function startJob(db: Db, input: TStartJobInput, work: TJobWork): Promise<TStartedJob> {
  const row = await db.backgroundJob.create({
    data: { workspaceId: input.workspaceId, kind: input.kind, input: asJson(input.input ?? {}), total: input.total ?? null, createdById: input.createdById ?? null },
  });
  return { job: toJobDto(row), done: runJob(db, row.id, work) };
}

/** Runs the work of an existing job row to its end; resolves with the final job. */
export async function runJob(db: Db, jobId: string, work: TJobWork): Promise<TJob> {
  const reporter = new JobReporter(db, jobId);
  const now = new Date();
  await db.backgroundJob.update({ where: { id: jobId }, data: { status: "running", startedAt: now, heartbeatAt: now } });
  const heartbeat = setInterval(() => {
    db.backgroundJob.update({ where: { id: jobId }, data: { heartbeatAt: new Date() } }).catch(() => undefined);
  }, HEARTBEAT_MS);
  heartbeat.unref?.();
  try {
    const result = await work(reporter);
    await reporter.flush();
    const row = await db.backgroundJob.update({ where: { id: jobId }, data: { status: "succeeded", result: asJson(result), finishedAt: new Date() } });
    return toJobDto(row);
  } catch (error) {
    console.error(`background job ${jobId} failed`, error);
    const message = error instanceof Error ? error.message : String(error);
    await reporter.flush().catch(() => undefined);
    const row = await db.backgroundJob.update({ where: { id: jobId }, data: { status: "failed", error: message.slice(0, 1_000), finishedAt: new Date() } });
    return toJobDto(row);
  } finally {
    clearInterval(heartbeat);
  }
}
