import type { Db } from "../db/client";
import { asJson } from "../db/json";

/** Failed rows kept per job; the count in BackgroundJob.failed goes on past it. */
export const MAX_STORED_ERRORS = 1_000;
/** How often progress reaches the database at most: the bar moves, the writer is not flooded. */
const WRITE_EVERY_MS = 250;

export type TJobRowError = { row: number; field?: string | null; message: string };

/**
 * What a job's work reports through: progress (throttled), failed rows (the first 1,000 are
 * stored) and the running result. Every write also beats the heartbeat that tells a live job
 * from one whose process died.
 */
export class JobReporter {
  private processed = 0;
  private failed = 0;
  private total: number | null = null;
  private stored = 0;
  private lastWrite = 0;

  constructor(
    private readonly db: Db,
    readonly jobId: string,
  ) {}

  /** Sets the amount of work once it is known (rows are counted as the file streams). */
  setTotal(total: number): void {
    this.total = total;
  }

  /** Adds finished units; writes to the database at most every 250 ms. */
  async advance(units: number, now = Date.now()): Promise<void> {
    this.processed += units;
    if (now - this.lastWrite >= WRITE_EVERY_MS) await this.flush(now);
  }

  /** Records failed rows: counted always, stored up to MAX_STORED_ERRORS per job. */
  async fail(errors: readonly TJobRowError[]): Promise<void> {
    if (errors.length === 0) return;
    this.failed += errors.length;
    const room = Math.max(0, MAX_STORED_ERRORS - this.stored);
    const keep = errors.slice(0, room);
    this.stored += keep.length;
    if (keep.length > 0) {
      await this.db.backgroundJobError.createMany({ data: keep.map((e) => ({ jobId: this.jobId, row: e.row, field: e.field ?? null, message: e.message.slice(0, 500) })) });
    }
  }

  /** Writes progress now (the last write before the job finishes, or a heartbeat). */
  async flush(now = Date.now()): Promise<void> {
    this.lastWrite = now;
    await this.db.backgroundJob.update({
      where: { id: this.jobId },
      data: { processed: this.processed, failed: this.failed, heartbeatAt: new Date(now), ...(this.total !== null ? { total: this.total } : {}) },
    });
  }

  /** Progress so far, for the result summary. */
  snapshot(): { processed: number; failed: number } {
    return { processed: this.processed, failed: this.failed };
  }

  /** Stores the running result (e.g. rows created so far) with the progress. */
  async saveResult(result: Record<string, unknown>): Promise<void> {
    await this.db.backgroundJob.update({ where: { id: this.jobId }, data: { result: asJson(result) } });
  }
}
