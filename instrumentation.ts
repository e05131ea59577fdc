/**
 * Next.js start-up hook: refuse a production server with the test clock on, then tick the journey
 * runner in-process unless WAYMARK_IN_PROCESS_TICK=0 (run `npm run worker` or a cron instead).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { assertTestClockAllowed } = await import("./lib/engine/runner/test-clock");
  assertTestClockAllowed(process.env);
  if (process.env.WAYMARK_IN_PROCESS_TICK === "0") return;
  const { startInProcessTicker } = await import("./scripts/lib/in-process-ticker");
  startInProcessTicker();
}
