import { describe, expect, it } from "vitest";
import { step } from "../../../engine/step";
import { at, effectsOf, enrolAndStep, logLines, makeContext, makeVersion } from "../../../engine/testing/engine-fixtures";
import { around } from "../../testing/fixtures";
import type { TWaitNode } from "./schema";

const waitOf = (data: TWaitNode["data"]) => makeVersion(around({ id: "w", type: "wait", position: { x: 0, y: 0 }, data }, ["next"]));

describe("wait (engine)", () => {
  it("parks for its duration, then continues when woken", () => {
    const version = waitOf({ mode: "duration", duration: { amount: 24, unit: "hours" } });
    const first = enrolAndStep(version, makeContext(), at("2024-06-03T10:00:00Z"));
    expect(first.enrollment).toMatchObject({ state: "waiting", currentNodeId: "w", wakeAt: at("2024-06-04T10:00:00Z") });
    expect(effectsOf(first.effects, "schedule")).toEqual([{ type: "schedule", wakeAt: at("2024-06-04T10:00:00Z") }]);
    expect(logLines(first.effects)).toEqual(["trigger: entered (enrolled through the API)", "w: waiting (waiting 24 hours)"]);

    const woken = step(version, first.enrollment, makeContext(), at("2024-06-04T10:00:00Z"));
    expect(logLines(woken.effects)).toEqual(["w: resumed (waited 24 hours)", "done: completed (Done)"]);
    expect(woken.enrollment).toMatchObject({ state: "completed", exitReason: "Done", wakeAt: null });
  });

  it("stays parked, changing nothing, when stepped before its wake time", () => {
    const version = waitOf({ mode: "duration", duration: { amount: 1, unit: "days" } });
    const first = enrolAndStep(version, makeContext(), at("2024-06-03T10:00:00Z"));
    const early = step(version, first.enrollment, makeContext(), at("2024-06-03T20:00:00Z"));
    expect(early.effects).toEqual([]);
    expect(early.enrollment).toEqual(first.enrollment);
  });

  it("waits until the next 09:00 on the profile's own clock", () => {
    const version = waitOf({ mode: "timeOfDay", time: "09:00" });
    // 10:00 UTC is 06:00 in New York: 09:00 there is 13:00 UTC the same day.
    const first = enrolAndStep(version, makeContext({ profile: { timezone: "America/New_York" } }), at("2024-06-03T10:00:00Z"));
    expect(first.enrollment.wakeAt).toEqual(at("2024-06-03T13:00:00Z"));
    expect(logLines(first.effects)[1]).toBe("w: waiting (waiting until 09:00 America/New_York)");
  });

  it("uses the workspace's time zone when the profile has none", () => {
    const version = waitOf({ mode: "timeOfDay", time: "09:00" });
    const first = enrolAndStep(version, makeContext({ workspace: { timezone: "Europe/Paris" } }), at("2024-06-03T10:00:00Z"));
    expect(first.enrollment.wakeAt).toEqual(at("2024-06-04T07:00:00Z"));
  });

  it("wakes at 09:00 local time across the spring-forward night in Europe/London", () => {
    const version = waitOf({ mode: "timeOfDay", time: "09:00" });
    const first = enrolAndStep(version, makeContext({ profile: { timezone: "Europe/London" } }), at("2024-03-30T12:00:00Z"));
    expect(first.enrollment.wakeAt).toEqual(at("2024-03-31T08:00:00Z")); // 09:00 BST
  });

  it("wakes at 09:00 local time across the fall-back night in America/New_York", () => {
    const version = waitOf({ mode: "timeOfDay", time: "09:00" });
    const first = enrolAndStep(version, makeContext({ profile: { timezone: "America/New_York" } }), at("2024-11-02T16:00:00Z"));
    expect(first.enrollment.wakeAt).toEqual(at("2024-11-03T14:00:00Z")); // 09:00 EST
  });

  it("waits for one of the chosen weekdays", () => {
    const version = waitOf({ mode: "timeOfDay", time: "10:00", days: ["fri"] });
    // Monday 3 June 2024 → Friday 7 June 10:00 UTC.
    const first = enrolAndStep(version, makeContext(), at("2024-06-03T12:00:00Z"));
    expect(first.enrollment.wakeAt).toEqual(at("2024-06-07T10:00:00Z"));
  });
});
