import { dbProvider } from "../db/client";
import { runWriteTransaction } from "./run-write-transaction";
import { writeIngestJobs, type TIngestJob, type TIngestJobResult } from "./write-ingest-jobs";

/** Most events one SQLite write transaction takes from the queue. */
export const MAX_EVENTS_PER_WRITE = 1_000;

interface TQueued {
  job: TIngestJob;
  resolve: (result: TIngestJobResult) => void;
  reject: (error: unknown) => void;
}

const queue: TQueued[] = [];
let draining = false;

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
 * requests already on the wire reach the queue and share the commit.
 */
async function gather(): Promise<void> {
  for (let turn = 0, seen = -1; turn < 4 && queue.length !== seen; turn++) {
    seen = queue.length;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function drain(): Promise<void> {
  draining = true;
  try {
    while (queue.length > 0) {
      await gather();
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
    draining = false;
  }
}

/**
 * Writes a job and resolves when it is committed. On SQLite — one writer, and a commit costs an
 * fsync — jobs that arrive while a write is running wait and then go together in the next
 * transaction (group commit): concurrent requests share commits and statements instead of
 * queueing for the lock one by one. On PostgreSQL, where writers run in parallel, each job is
 * its own transaction.
 */
export function submitIngestJob(job: TIngestJob): Promise<TIngestJobResult> {
  if (dbProvider() === "postgresql") return runWriteTransaction((tx) => writeIngestJobs(tx, [job])).then(([result]) => result as TIngestJobResult);
  return new Promise((resolve, reject) => {
    queue.push({ job, resolve, reject });
    if (!draining) void drain();
  });
}
