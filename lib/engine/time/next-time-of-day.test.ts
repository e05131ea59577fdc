import { describe, expect, it } from "vitest";
import { formatLocalTime } from "./format-time";
import { localMinuteOfDay, localTimeToInstant, nextTimeOfDay } from "./next-time-of-day";
import { resolveTimeZone } from "./resolve-time-zone";

const at = (iso: string) => new Date(iso);

describe("nextTimeOfDay", () => {
  it("takes today's time when it is still ahead, else tomorrow's", () => {
    expect(nextTimeOfDay(at("2024-06-03T07:00:00Z"), "09:00", "UTC")).toEqual(at("2024-06-03T09:00:00Z"));
    expect(nextTimeOfDay(at("2024-06-03T10:00:00Z"), "09:00", "UTC")).toEqual(at("2024-06-04T09:00:00Z"));
  });

  it("is strictly after now: at 09:00 sharp the next 09:00 is tomorrow", () => {
    expect(nextTimeOfDay(at("2024-06-03T09:00:00Z"), "09:00", "UTC")).toEqual(at("2024-06-04T09:00:00Z"));
  });

  it("reads the clock in the given zone", () => {
    // 09:00 in Paris in June is 07:00 UTC; in Tokyo 00:00 UTC.
    expect(nextTimeOfDay(at("2024-06-03T05:00:00Z"), "09:00", "Europe/Paris")).toEqual(at("2024-06-03T07:00:00Z"));
    expect(nextTimeOfDay(at("2024-06-03T05:00:00Z"), "09:00", "Asia/Tokyo")).toEqual(at("2024-06-04T00:00:00Z"));
  });

  it("keeps 09:00 local across the spring-forward night in Europe/London", () => {
    // Saturday 30 March 2024 10:00 GMT; clocks go forward at 01:00 on Sunday; 09:00 BST = 08:00 UTC.
    expect(nextTimeOfDay(at("2024-03-30T10:00:00Z"), "09:00", "Europe/London")).toEqual(at("2024-03-31T08:00:00Z"));
  });

  it("keeps 09:00 local across the fall-back night in Europe/London", () => {
    // Clocks go back at 02:00 BST on Sunday 27 October 2024; 09:00 GMT = 09:00 UTC.
    expect(nextTimeOfDay(at("2024-10-26T10:00:00Z"), "09:00", "Europe/London")).toEqual(at("2024-10-27T09:00:00Z"));
  });

  it("keeps 09:00 local across both DST changes in America/New_York", () => {
    expect(nextTimeOfDay(at("2024-03-09T15:00:00Z"), "09:00", "America/New_York")).toEqual(at("2024-03-10T13:00:00Z"));
    expect(nextTimeOfDay(at("2024-11-02T14:00:00Z"), "09:00", "America/New_York")).toEqual(at("2024-11-03T14:00:00Z"));
  });

  it("moves a time that does not exist (the spring-forward gap) forward by the gap", () => {
    expect(nextTimeOfDay(at("2024-03-30T12:00:00Z"), "01:30", "Europe/London")).toEqual(at("2024-03-31T01:30:00Z")); // 02:30 BST
    expect(nextTimeOfDay(at("2024-03-09T12:00:00Z"), "02:30", "America/New_York")).toEqual(at("2024-03-10T07:30:00Z")); // 03:30 EDT
  });

  it("takes the first of a time that happens twice (the fall-back hour)", () => {
    expect(localTimeToInstant(2024, 9, 27, 1, 30, "Europe/London")).toEqual(at("2024-10-27T00:30:00Z")); // 01:30 BST
    expect(localTimeToInstant(2024, 10, 3, 1, 30, "America/New_York")).toEqual(at("2024-11-03T05:30:00Z")); // 01:30 EDT
  });

  it("waits for one of the given weekdays", () => {
    // Wednesday 5 June 2024 → Friday 7 June, 10:00 London (BST) = 09:00 UTC.
    expect(nextTimeOfDay(at("2024-06-05T12:00:00Z"), "10:00", "Europe/London", ["fri"])).toEqual(at("2024-06-07T09:00:00Z"));
    // On a Friday after 10:00, the next Friday.
    expect(nextTimeOfDay(at("2024-06-07T12:00:00Z"), "10:00", "Europe/London", ["fri"])).toEqual(at("2024-06-14T09:00:00Z"));
    expect(nextTimeOfDay(at("2024-06-07T12:00:00Z"), "10:00", "Europe/London", ["fri", "mon"])).toEqual(at("2024-06-10T09:00:00Z"));
  });

  it("picks the weekday as seen in the zone, not in UTC", () => {
    // Friday 23:30 UTC is already Saturday in Tokyo; "Saturday 09:00 Tokyo" is the next morning there.
    expect(nextTimeOfDay(at("2024-06-07T23:30:00Z"), "09:00", "Asia/Tokyo", ["sat"])).toEqual(at("2024-06-08T00:00:00Z"));
  });
});

describe("local clock helpers", () => {
  it("gives the minute of the local day", () => {
    expect(localMinuteOfDay(at("2024-06-03T20:15:00Z"), "Europe/Paris")).toBe(22 * 60 + 15);
  });

  it("formats a nearby moment as a clock time with its zone, a far one with its date", () => {
    const now = at("2024-06-03T20:00:00Z");
    expect(formatLocalTime(at("2024-06-04T06:00:00Z"), "Europe/Paris", now)).toBe("08:00 Europe/Paris");
    expect(formatLocalTime(at("2024-06-10T06:00:00Z"), "Europe/Paris", now)).toBe("2024-06-10 08:00 Europe/Paris");
  });

  it("uses the profile's zone, else the workspace's, else UTC", () => {
    expect(resolveTimeZone("America/New_York", "Europe/London")).toBe("America/New_York");
    expect(resolveTimeZone("Mars/Olympus", "Europe/London")).toBe("Europe/London");
    expect(resolveTimeZone(null, "")).toBe("UTC");
  });
});
