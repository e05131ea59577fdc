/**
 * The test clock: with WAYMARK_TEST_CLOCK=1 the cron route and the enrol endpoint accept a `now`,
 * so end-to-end tests move time forward. Never in production: a production server refuses to start
 * with it unless WAYMARK_TEST_CLOCK_FORCE=1 says someone meant it (the e2e server runs a
 * production build).
 */
export function testClockEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.WAYMARK_TEST_CLOCK !== "1") return false;
  return env.NODE_ENV !== "production" || env.WAYMARK_TEST_CLOCK_FORCE === "1";
}

/** Throws at start-up when the test clock is asked for in production without the explicit force. */
export function assertTestClockAllowed(env: NodeJS.ProcessEnv = process.env): void {
  if (env.WAYMARK_TEST_CLOCK === "1" && env.NODE_ENV === "production" && env.WAYMARK_TEST_CLOCK_FORCE !== "1") {
    throw new Error("WAYMARK_TEST_CLOCK=1 lets API callers move the journey clock: refused with NODE_ENV=production (set WAYMARK_TEST_CLOCK_FORCE=1 only for test deployments)");
  }
}
