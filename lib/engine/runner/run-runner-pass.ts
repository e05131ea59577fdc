import type { Db } from "../../db/client";
import { defaultAdapterFor } from "../../channels/adapter-for";
import type { TAdapterFor } from "../../channels/channel-adapter";
import { dispatchOutbox, type TDispatchSummary } from "../../channels/dispatch-outbox";
import { recheckDueMemberships } from "../../segments/recheck-due-memberships";
import { runSchedulers, type TSchedulersSummary } from "./run-schedulers";
import { tick, type TTickSummary } from "./tick";

export type TRunnerPass = { now: string; schedulers: TSchedulersSummary; tick: TTickSummary; dispatch: TDispatchSummary };

/**
 * One pass of every driver (cron route, worker, in-process ticker): enrol from segment entries
 * and due schedules, step what is due, then deliver what is pending (new enrolments' first
 * messages go out in the same pass). Returns what it did, for the cron response and the worker's log.
 */
export async function runRunnerPass(db: Db, options: { now: Date; workerId: string; adapterFor?: TAdapterFor; shouldStop?: () => boolean }): Promise<TRunnerPass> {
  // Time-window segment memberships first ("no order in 60 days"): entries made by time alone
  // become segment-entry enrolments in this same pass.
  await recheckDueMemberships(db, { now: options.now, limit: 500 }).catch((error: unknown) => console.error("segment rechecks failed", error));
  const stop = options.shouldStop ? { shouldStop: options.shouldStop } : {};
  const schedulers = await runSchedulers(db, { now: options.now, ...stop });
  const ticked = await tick(db, { now: options.now, workerId: options.workerId, ...stop });
  const dispatched = await dispatchOutbox(db, { now: options.now, adapterFor: options.adapterFor ?? defaultAdapterFor, batchSize: 500, workerId: options.workerId });
  return { now: options.now.toISOString(), schedulers, tick: ticked, dispatch: dispatched };
}
