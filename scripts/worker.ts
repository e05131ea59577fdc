/**
 * `npm run worker`: the long-running journey runner. Every WORKER_INTERVAL_MS (1 s) it steps due
 * enrollments and delivers pending messages; when a pass finds nothing it backs off (up to 10×
 * the interval). SIGTERM / SIGINT finish the current batch (which commits and releases its
 * leases), then exit 0. Several workers may run against PostgreSQL at once.
 */
import { hostname } from "node:os";
import { createDb } from "../lib/db/client";
import { runRunnerPass } from "../lib/engine/runner/run-runner-pass";
import { assertTestClockAllowed } from "../lib/engine/runner/test-clock";

assertTestClockAllowed(process.env);
const interval = Math.max(50, Number(process.env.WORKER_INTERVAL_MS ?? 1000));
const workerId = `worker-${hostname()}-${process.pid}`;
const db = createDb();
let stopping = false;
let wake: (() => void) | null = null;

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (!stopping) console.log(`${signal}: finishing the current batch, then exiting`);
    stopping = true;
    wake?.();
  });
}

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    wake = () => {
      clearTimeout(timer);
      resolve();
    };
  });

async function main(): Promise<void> {
  console.log(`journey worker ${workerId} running every ${interval} ms`);
  let idle = 0;
  while (!stopping) {
    try {
      const pass = await runRunnerPass(db, { now: new Date(), workerId, shouldStop: () => stopping });
      const busy = pass.tick.claimed + pass.dispatch.attempted + pass.dispatch.recovered + pass.schedulers.segmentEntries.changes + pass.schedulers.schedules.fired + pass.schedulers.schedules.enrolled > 0;
      if (busy) console.log(JSON.stringify(pass));
      idle = busy ? 0 : Math.min(idle + 1, 9);
    } catch (error) {
      console.error("runner pass failed; retrying", error);
      idle = Math.min(idle + 1, 9);
    }
    if (!stopping) await sleep(interval * (1 + idle));
  }
  await db.$disconnect();
  console.log("journey worker stopped");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
