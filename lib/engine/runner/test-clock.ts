/**
 * The test clock: with WAYMARK_TEST_CLOCK=1 the cron route and the enrol endpoint accept a `now`,
 * and ingestion takes each event's own time (`timestamp`, kept even when it lies in the future)
 * as the moment journeys react to it, so tests move one virtual clock forward from outside. Never
 * in production: a production server refuses to start with it unless WAYMARK_TEST_CLOCK_FORCE=1
 * says someone meant it (the e2e server runs a production build).
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

/**
 * The moment the journeys react to an ingested event at (and a merge it causes happens at): under
 * the test clock, the event's own time — a test moves the journey clock by dating the events it
 * sends, as it does the runner's with `now` — otherwise `wallClock`, so production never changes.
 */
export function ingestClock(eventTime: Date, wallClock: Date, env: NodeJS.ProcessEnv = process.env): Date {
  return testClockEnabled(env) ? eventTime : wallClock;
}
