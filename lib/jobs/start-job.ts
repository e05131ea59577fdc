import type { Db } from "../db/client";
import { asJson } from "../db/json";
import { isUniqueViolation } from "../journeys/retry-on-unique-violation";
import { getJob } from "./get-job";
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
  /** one job holding this key at a time (queued or running); a second start gets JobBusyError */
  exclusiveKey?: string | null;
};

/** A job holding the same exclusive key is queued or running. */
export class JobBusyError extends Error {
  constructor(readonly jobId: string) {
    super(`job ${jobId} holds this work`);
    this.name = "JobBusyError";
  }
}

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
  const data = { workspaceId: input.workspaceId, kind: input.kind, input: asJson(input.input ?? {}), total: input.total ?? null, createdById: input.createdById ?? null, exclusiveKey: input.exclusiveKey ?? null };
  for (let attempt = 1; ; attempt++) {
    try {
      const row = await db.backgroundJob.create({ data });
      return { job: toJobDto(row), done: runJob(db, row.id, work) };
    } catch (error) {
      if (!input.exclusiveKey || !isUniqueViolation(error)) throw error;
      // The unique key, not a read before the insert, decides: of two starts at the same
      // instant one wins. The holder may be a job whose process died: getJob fails it and
      // frees the key, and the start goes ahead.
      const holder = await db.backgroundJob.findUnique({ where: { exclusiveKey: input.exclusiveKey }, select: { id: true, workspaceId: true } });
      const alive = holder ? await getJob(db, holder.workspaceId, holder.id) : null;
      if (alive && (alive.status === "queued" || alive.status === "running")) throw new JobBusyError(alive.id);
      if (attempt >= 3) throw error;
    }
  }
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
    const row = await db.backgroundJob.update({ where: { id: jobId }, data: { status: "succeeded", result: asJson(result), finishedAt: new Date(), exclusiveKey: null } });
    return toJobDto(row);
  } catch (error) {
    console.error(`background job ${jobId} failed`, error);
    const message = error instanceof Error ? error.message : String(error);
    await reporter.flush().catch(() => undefined);
    const row = await db.backgroundJob.update({ where: { id: jobId }, data: { status: "failed", error: message.slice(0, 1_000), finishedAt: new Date(), exclusiveKey: null } });
    return toJobDto(row);
  } finally {
    clearInterval(heartbeat);
  }
}
