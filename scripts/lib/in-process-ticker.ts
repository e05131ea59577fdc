import { db } from "../../lib/db/client";
import { runRunnerPass } from "../../lib/engine/runner/run-runner-pass";

const globalTicker = globalThis as unknown as { waymarkTicker?: NodeJS.Timeout };

/**
 * Ticks the journey runner inside the web server (`npm start`, `npm run dev`) every
 * `intervalMs`, so the two-command quick start runs journeys live without a worker. One pass at a
 * time (a slow pass is never overlapped), started once per process even across dev reloads.
 * Leases make it safe beside a worker or a cron.
 */
export function startInProcessTicker(intervalMs = Number(process.env.WORKER_INTERVAL_MS ?? 1000)): void {
  if (globalTicker.waymarkTicker) return;
  let running = false;
  globalTicker.waymarkTicker = setInterval(() => {
    if (running) return;
    running = true;
    runRunnerPass(db, { now: new Date(), workerId: `web-${process.pid}` })
      .catch((error: unknown) => console.error("in-process tick failed", error))
      .finally(() => {
        running = false;
      });
  }, Math.max(100, intervalMs));
  globalTicker.waymarkTicker.unref();
}
