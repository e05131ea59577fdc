import { dbProvider } from "../db/client";
import { runWriteTransaction } from "./run-write-transaction";
import { writeIngestJobs, type TIngestJob, type TIngestJobResult } from "./write-ingest-jobs";

/** Most events one write transaction takes from its lane. */
export const MAX_EVENTS_PER_WRITE = 1_000;

interface TQueued {
  job: TIngestJob;
  resolve: (result: TIngestJobResult) => void;
  reject: (error: unknown) => void;
}

/** Jobs waiting to be written, per writer lane (see laneOf); a lane with an entry is draining. */
const lanes = new Map<string, TQueued[]>();

/** SQLite has one writer: one lane. PostgreSQL writes workspaces in parallel: a lane each. */
const laneOf = (job: TIngestJob) => (dbProvider() === "postgresql" ? job.source.workspaceId : "sqlite");

async function runAlone(item: TQueued): Promise<void> {
  try {
    const [result] = await runWriteTransaction((tx) => writeIngestJobs(tx, [item.job]));
    item.resolve(result as TIngestJobResult);
  } catch (error) {
    item.reject(error);
  }
}

/**
 * better-sqlite3 answers synchronously, so a whole write runs on microtasks and other requests'
 * sockets are not even read until it ends. A few macrotask turns before each write let the
 * requests already on the wire reach the queue and share the commit (on PostgreSQL too: the
 * requests that arrive together are the ones that would contend).
 */
async function gather(queue: readonly TQueued[]): Promise<void> {
  for (let turn = 0, seen = -1; turn < 4 && queue.length !== seen; turn++) {
    seen = queue.length;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function drain(lane: string, queue: TQueued[]): Promise<void> {
  try {
    while (queue.length > 0) {
      await gather(queue);
      const group: TQueued[] = [];
      let events = 0;
      while (queue.length > 0 && (group.length === 0 || events + (queue[0]?.job.events.length ?? 0) <= MAX_EVENTS_PER_WRITE)) {
        const next = queue.shift() as TQueued;
        group.push(next);
        events += next.job.events.length;
      }
      try {
        const results = await runWriteTransaction((tx) => writeIngestJobs(tx, group.map((item) => item.job)));
        group.forEach((item, i) => item.resolve(results[i] as TIngestJobResult));
      } catch (error) {
        // one bad job must not fail the others: write each on its own to find it
        if (group.length === 1) group[0]?.reject(error);
        else for (const item of group) await runAlone(item);
      }
    }
  } finally {
    lanes.delete(lane);
  }
}

/**
 * Writes a job and resolves when it is committed. Jobs that arrive while a write of their lane is
 * running wait and then go together in the next transaction (group commit): concurrent requests
 * share commits and statements instead of queueing for locks one by one. On SQLite — one writer,
 * and a commit costs an fsync — there is one lane. On PostgreSQL each workspace is a lane, so
 * workspaces still write in parallel, while one workspace's requests no longer contend for the
 * same profile locks and identity keys and retry (which made PostgreSQL ingest ~30 % slower).
 * Other processes (more web instances, the worker) still race with this one: the locks and
 * unique indexes settle that (see writeIngestBatch, runWriteTransaction).
 */
export function submitIngestJob(job: TIngestJob): Promise<TIngestJobResult> {
  return new Promise((resolve, reject) => {
    const lane = laneOf(job);
    const queue = lanes.get(lane);
    if (queue) {
      queue.push({ job, resolve, reject });
      return;
    }
    const fresh: TQueued[] = [{ job, resolve, reject }];
    lanes.set(lane, fresh);
    void drain(lane, fresh);
  });
}
