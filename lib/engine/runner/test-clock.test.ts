import { describe, expect, it } from "vitest";
import { assertTestClockAllowed, testClockEnabled } from "./test-clock";

describe("test clock", () => {
  it("is off unless WAYMARK_TEST_CLOCK=1", () => {
    expect(testClockEnabled({ NODE_ENV: "test" })).toBe(false);
    expect(testClockEnabled({ NODE_ENV: "test", WAYMARK_TEST_CLOCK: "1" })).toBe(true);
  });

  it("refuses production unless forced", () => {
    expect(testClockEnabled({ NODE_ENV: "production", WAYMARK_TEST_CLOCK: "1" })).toBe(false);
    expect(() => assertTestClockAllowed({ NODE_ENV: "production", WAYMARK_TEST_CLOCK: "1" })).toThrow(/refused with NODE_ENV=production/);
    expect(() => assertTestClockAllowed({ NODE_ENV: "production", WAYMARK_TEST_CLOCK: "1", WAYMARK_TEST_CLOCK_FORCE: "1" })).not.toThrow();
    expect(testClockEnabled({ NODE_ENV: "production", WAYMARK_TEST_CLOCK: "1", WAYMARK_TEST_CLOCK_FORCE: "1" })).toBe(true);
  });
});
