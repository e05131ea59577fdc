import { randomUUID } from "node:crypto";
import type { Db } from "../../db/client";
import { providerOf, databaseUrl, type TDbProvider } from "../../db/database-url";
import { claimDueEnrollments } from "./claim-due-enrollments";
import { stepClaimed } from "./step-claimed";

export type TTickOptions = {
  now: Date;
  batchSize?: number;
  /** Names the process in lease owners, for people reading a stuck row. */
  workerId?: string;
  leaseMs?: number;
  /** Batches per tick; a cron call stays bounded and the next tick takes the rest. */
  maxBatches?: number;
  /** The wall clock for leases; tests move it to expire a crashed worker's lease. */
  leaseClock?: () => Date;
  provider?: TDbProvider;
  /** Stop between batches (graceful shutdown): the current batch finishes and commits. */
  shouldStop?: () => boolean;
};

export type TTickSummary = { claimed: number; stepped: number; sent: number; exited: number; held: number; lost: number; batches: number; durationMs: number };

/**
 * One runner pass: claim due enrollments in batches under a lease, step each batch with bulk
 * contexts, commit it in one transaction (which releases the leases), until nothing is due or
 * `maxBatches` ran. Enrollments of paused or archived journeys are never claimed. Several ticks
 * may run at once (workers, cron, in-process): leases keep their batches disjoint.
 */
export async function tick(db: Db, options: TTickOptions): Promise<TTickSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 500;
  const leaseClock = options.leaseClock ?? (() => new Date());
  const provider = options.provider ?? providerOf(databaseUrl());
  const summary: TTickSummary = { claimed: 0, stepped: 0, sent: 0, exited: 0, held: 0, lost: 0, batches: 0, durationMs: 0 };
  for (let batch = 0; batch < (options.maxBatches ?? 20); batch++) {
    // A stop signal is an event-loop callback: give it a turn, or a run of batches whose queries
    // resolve without real I/O (SQLite) would never see it before the whole tick ended.
    if (options.shouldStop) await new Promise<void>((resolve) => setImmediate(resolve));
    if (options.shouldStop?.()) break;
    const leaseOwner = `${options.workerId ?? "tick"}:${randomUUID()}`;
    const rows = await claimDueEnrollments(db, { now: options.now, leaseNow: leaseClock(), leaseMs: options.leaseMs ?? 30_000, leaseOwner, limit: batchSize, provider });
    if (rows.length === 0) break;
    const stepped = await stepClaimed(db, rows, { now: options.now, leaseOwner });
    summary.batches++;
    summary.claimed += rows.length;
    summary.stepped += stepped.stepped;
    summary.sent += stepped.sent;
    summary.exited += stepped.exited;
    summary.held += stepped.held;
    summary.lost += stepped.lost;
    if (rows.length < batchSize) break;
  }
  summary.durationMs = Math.round(performance.now() - started);
  return summary;
}
