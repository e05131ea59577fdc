/**
 * `npm run worker`: the long-running journey runner. Every WORKER_INTERVAL_MS (1 s) it steps due
 * enrollments and delivers pending messages; when a pass finds nothing it backs off (up to 10×
 * the interval). SIGTERM / SIGINT finish the current batch (which commits and releases its
 * leases), then exit 0. Several workers may run against PostgreSQL at once.
 *
 * The npm script is `exec node --import tsx scripts/worker.ts`: npm runs scripts through `sh -c`,
 * and Debian's dash neither execs a lone command nor forwards signals, so without `exec` npm's
 * forwarded SIGTERM killed the shell, npm exited 143 and this process ran on, orphaned. With
 * `exec` (and tsx as a loader, not as a parent process) this is npm's only child: npm forwards
 * the signal here and waits for our exit code.
 */
import { hostname } from "node:os";

let stopping = false;
let wake: (() => void) | null = null;

// Installed before the heavy imports below load, so a stop during start-up also exits 0.
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
  const { assertTestClockAllowed } = await import("../lib/engine/runner/test-clock");
  assertTestClockAllowed(process.env);
  const { createDb } = await import("../lib/db/client");
  const { runRunnerPass } = await import("../lib/engine/runner/run-runner-pass");
  const interval = Math.max(50, Number(process.env.WORKER_INTERVAL_MS ?? 1000));
  const workerId = `worker-${hostname()}-${process.pid}`;
  const db = createDb();
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
