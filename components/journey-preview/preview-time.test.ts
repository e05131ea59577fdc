import { describe, expect, it } from "vitest";
import { formatInZone, formatOffset, fromDateTimeLocal, stepTimes, toDateTimeLocal } from "./preview-time";

describe("stepTimes", () => {
  it("prints the customer's local time beside UTC, across a daylight-saving offset", () => {
    expect(stepTimes("2026-03-02T14:00:00Z", "America/New_York")).toEqual({ local: "Mon 2 Mar, 09:00", zone: "America/New_York", utc: "Mon 2 Mar, 14:00" });
    expect(stepTimes("2026-07-02T14:00:00Z", "America/New_York").local).toBe("Thu 2 Jul, 10:00");
  });

  it("falls back to UTC for a missing or unknown zone instead of throwing", () => {
    expect(stepTimes("2026-03-02T14:00:00Z", null)).toMatchObject({ zone: "UTC", local: "Mon 2 Mar, 14:00" });
    expect(stepTimes("2026-03-02T14:00:00Z", "Mars/Olympus").zone).toBe("UTC");
    expect(formatInZone("2026-03-02T14:00:00Z", "Nowhere")).toBe("Mon 2 Mar, 14:00");
  });
});

describe("formatOffset", () => {
  const start = "2026-03-02T14:00:00Z";
  it.each([
    ["2026-03-02T14:00:00Z", "+0 min"],
    ["2026-03-02T14:45:00Z", "+45 min"],
    ["2026-03-02T15:00:00Z", "+1 h"],
    ["2026-03-02T15:30:00Z", "+1 h 30 min"],
    ["2026-03-03T16:00:00Z", "+1 d 2 h"],
    ["2026-03-05T14:00:00Z", "+3 d"],
    ["2026-03-03T13:59:40Z", "+1 d"],
    ["2026-03-02T15:59:45Z", "+2 h"],
  ])("%s is %s after the start", (at, text) => {
    expect(formatOffset(start, at)).toBe(text);
  });
});

describe("datetime-local values", () => {
  it("round-trip through the browser's zone, to the minute", () => {
    const iso = "2026-03-02T14:05:00.000Z";
    expect(fromDateTimeLocal(toDateTimeLocal(iso))).toBe(iso);
  });
  it("are blank for blank or unreadable input", () => {
    expect(toDateTimeLocal("")).toBe("");
    expect(fromDateTimeLocal("")).toBe("");
    expect(fromDateTimeLocal("not a date")).toBe("");
  });
});
