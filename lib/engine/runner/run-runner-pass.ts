import type { Db } from "../../db/client";
import { defaultAdapterFor } from "../../channels/adapter-for";
import type { TAdapterFor } from "../../channels/channel-adapter";
import { dispatchOutbox, type TDispatchSummary } from "../../channels/dispatch-outbox";
import { tick, type TTickSummary } from "./tick";

export type TRunnerPass = { now: string; tick: TTickSummary; dispatch: TDispatchSummary };

/**
 * One pass of every driver (cron route, worker, in-process ticker): step what is due, then
 * deliver what is pending. Returns what it did, for the cron response and the worker's log.
 */
export async function runRunnerPass(db: Db, options: { now: Date; workerId: string; adapterFor?: TAdapterFor; shouldStop?: () => boolean }): Promise<TRunnerPass> {
  const ticked = await tick(db, { now: options.now, workerId: options.workerId, ...(options.shouldStop ? { shouldStop: options.shouldStop } : {}) });
  const dispatched = await dispatchOutbox(db, { now: options.now, adapterFor: options.adapterFor ?? defaultAdapterFor, batchSize: 500, workerId: options.workerId });
  return { now: options.now.toISOString(), tick: ticked, dispatch: dispatched };
}
