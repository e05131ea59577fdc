import { describe, expect, it } from "vitest";
import { defaultJourneySettings, parseJourneySettings } from "./settings";

describe("journey settings", () => {
  it("fills defaults for an empty or missing settings object", () => {
    expect(parseJourneySettings({})).toEqual({ ok: true, settings: defaultJourneySettings() });
    expect(parseJourneySettings(null)).toEqual({ ok: true, settings: { frequencyCapExempt: false } });
  });

  it("accepts a goal, exit criteria and an entry limit", () => {
    const settings = {
      goal: { event: "Order Completed", within: { amount: 3, unit: "days" }, exitOnGoal: true },
      exitCriteria: { kind: "consent", channel: "email", status: "unsubscribed" },
      frequencyCapExempt: true,
      entryLimit: { max: 1000, per: { amount: 1, unit: "hours" } },
    };
    expect(parseJourneySettings(settings)).toEqual({ ok: true, settings });
  });

  it("reports the first problem with its path", () => {
    expect(parseJourneySettings({ goal: { event: "Order Completed", within: { amount: 0, unit: "days" }, exitOnGoal: true } })).toEqual({
      ok: false,
      path: "goal.within.amount",
      message: "must be greater than 0",
    });
    expect(parseJourneySettings({ goal: { event: "", within: { amount: 1, unit: "days" }, exitOnGoal: true } })).toMatchObject({ ok: false, path: "goal.event" });
  });
});
