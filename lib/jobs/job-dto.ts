import type { BackgroundJob } from "../db/generated/sqlite/client";
import { JOB_KINDS, JOB_STATUSES, type TJob, type TJobKind, type TJobStatus } from "./job-schemas";

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The API shape of a job row; `progress` is processed / total when the total is known. */
export function toJobDto(row: BackgroundJob): TJob {
  const progress = row.status === "succeeded" ? 1 : row.total && row.total > 0 ? Math.min(1, row.processed / row.total) : null;
  return {
    id: row.id,
    kind: (JOB_KINDS as readonly string[]).includes(row.kind) ? (row.kind as TJobKind) : "profileImport",
    status: (JOB_STATUSES as readonly string[]).includes(row.status) ? (row.status as TJobStatus) : "failed",
    input: record(row.input),
    total: row.total,
    processed: row.processed,
    failed: row.failed,
    progress,
    result: record(row.result),
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
