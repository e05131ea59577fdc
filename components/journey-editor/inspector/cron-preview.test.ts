import { describe, expect, it } from "vitest";
import { describeCron, previewCron } from "./cron-preview";

describe("describeCron", () => {
  it("reads common schedules as sentences", () => {
    expect(describeCron("0 9 * * 1")).toBe("At 09:00 on Monday");
    expect(describeCron("30 8 * * 1-5")).toBe("At 08:30 on Monday–Friday");
    expect(describeCron("*/15 * * * *")).toBe("Every 15 minutes");
    expect(describeCron("0 9 1 * *")).toBe("At 09:00 on day 1 of the month");
    expect(describeCron("0 9,17 * * *")).toBe("At 09:00 and 17:00 every day");
    expect(describeCron("0 0 * 1,7 *")).toBe("At 00:00 every day in January and July");
    expect(describeCron("0 10 * * SAT,SUN")).toBe("At 10:00 on Saturday and Sunday");
  });

  it("refuses what the trigger rules refuse", () => {
    expect(describeCron("0 9 * *")).toBeUndefined();
    expect(describeCron("@daily")).toBeUndefined();
    expect(describeCron("61 9 * * *")).toBeUndefined();
  });
});

describe("previewCron", () => {
  it("lists the next runs in the trigger's time zone", () => {
    // Tuesday 24 Nov 2026, 00:00 UTC: the next Monday 09:00 in Paris is 30 Nov.
    const preview = previewCron("0 9 * * 1", "Europe/Paris", new Date("2026-11-24T00:00:00Z"), 2);
    expect(preview).toEqual({ ok: true, description: "At 09:00 on Monday", nextRuns: ["Mon 30 Nov, 09:00", "Mon 7 Dec, 09:00"] });
  });

  it("explains an invalid expression or time zone", () => {
    expect(previewCron("every monday", "UTC")).toMatchObject({ ok: false, message: expect.stringMatching(/five fields/) });
    expect(previewCron("0 9 * * 1", "Mars/Olympus")).toMatchObject({ ok: false, message: expect.stringMatching(/not a known time zone/) });
  });
});
