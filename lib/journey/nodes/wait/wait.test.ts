import { describe, expect, it } from "vitest";
import { around } from "../../testing/fixtures";
import { validateJourney } from "../../validate";
import { waitNode } from "./index";
import { ZWaitNode, type TWaitNode } from "./schema";

const node = (data: TWaitNode["data"]): TWaitNode => ({ id: "w", type: "wait", position: { x: 0, y: 0 }, data });

describe("wait", () => {
  it("has one handle, next", () => {
    expect(waitNode.handles(waitNode.defaultData()).map((h) => h.id)).toEqual(["next"]);
  });

  it("defaults to a one-day wait", () => {
    expect(waitNode.summarize(waitNode.defaultData())).toBe("Wait 1 day");
  });

  it("waits until a time of day in the profile's zone", () => {
    expect(waitNode.summarize({ mode: "timeOfDay", time: "09:00", days: ["mon", "fri"] })).toBe("Wait until 09:00 on Mon, Fri (profile time)");
    expect(waitNode.summarize({ mode: "timeOfDay", time: "18:30" })).toBe("Wait until 18:30 (profile time)");
  });

  it("refuses impossible times and zero durations at parse time", () => {
    expect(ZWaitNode.safeParse(node({ mode: "timeOfDay", time: "24:00" })).success).toBe(false);
    expect(ZWaitNode.safeParse(node({ mode: "timeOfDay", time: "9:00" })).success).toBe(false);
    expect(ZWaitNode.safeParse(node({ mode: "duration", duration: { amount: 0, unit: "days" } })).success).toBe(false);
  });

  it("counts as a sure delay only in duration mode", () => {
    expect(waitNode.minDelayMs({ mode: "duration", duration: { amount: 2, unit: "hours" } }, "next")).toBe(7_200_000);
    expect(waitNode.minDelayMs({ mode: "timeOfDay", time: "09:00" }, "next")).toBe(0);
  });

  it("warns about waits longer than a year", () => {
    const codes = (amount: number) => validateJourney(around(node({ mode: "duration", duration: { amount, unit: "weeks" } }), ["next"])).map((i) => i.code);
    expect(codes(60)).toEqual(["wait-duration-long"]);
    expect(codes(2)).toEqual([]);
  });
});
