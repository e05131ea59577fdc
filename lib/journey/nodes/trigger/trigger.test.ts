import { describe, expect, it } from "vitest";
import { validateJourney } from "../../validate";
import { around, step } from "../../testing/fixtures";
import { triggerNode } from "./index";
import { isValidCron, isValidTimeZone } from "./schedule-rules";
import type { TTriggerData } from "./schema";

const codes = (data: TTriggerData, ctx = {}) => {
  const graph = around(step("t2", "wait", { mode: "duration", duration: { amount: 1, unit: "days" } }), ["next"]);
  graph.nodes[0] = step("trigger", "trigger", data);
  return validateJourney(graph, ctx).map((i) => i.code);
};

describe("trigger", () => {
  it("has one handle, next", () => {
    expect(triggerNode.handles(triggerNode.defaultData()).map((h) => h.id)).toEqual(["next"]);
  });

  it("starts as an event trigger that still needs its event", () => {
    const data = triggerNode.defaultData();
    expect(triggerNode.dataSchema.safeParse(data).success).toBe(true);
    expect(codes(data)).toContain("trigger-event-missing");
    expect(codes({ ...data, source: { kind: "event", event: "Signed Up" } })).toEqual([]);
  });

  it("summarizes each source", () => {
    expect(triggerNode.summarize({ source: { kind: "event", event: "Cart Abandoned" }, reentry: "afterExit" })).toBe('When "Cart Abandoned" happens · again after exit');
    expect(triggerNode.summarize({ source: { kind: "schedule", cron: "0 9 * * 1", timezone: "Europe/Paris" }, reentry: "never" })).toBe(
      "On schedule 0 9 * * 1 (Europe/Paris) · once per profile",
    );
    expect(triggerNode.summarize({ source: { kind: "api" }, reentry: "always", entryLimit: { max: 3, per: { amount: 1, unit: "weeks" } } })).toBe(
      "When enrolled through the API · any time · max 3 per 1 week",
    );
  });

  it("refuses a schedule with a bad cron or time zone", () => {
    expect(codes({ source: { kind: "schedule", cron: "every monday", timezone: "Mars/Olympus" }, reentry: "never" })).toEqual([
      "trigger-cron-invalid",
      "trigger-timezone-invalid",
    ]);
    expect(codes({ source: { kind: "schedule", cron: "0 9 * * MON-FRI", timezone: "America/New_York" }, reentry: "never" })).toEqual([]);
  });

  it("checks segment sources against the workspace's segments when known", () => {
    const data: TTriggerData = { source: { kind: "segmentEntry", segmentId: "lapsed" }, reentry: "afterExit" };
    expect(codes(data)).toEqual([]);
    expect(codes(data, { segments: [{ id: "lapsed" }] })).toEqual([]);
    expect(codes(data, { segments: [{ id: "vip" }] })).toEqual(["condition-incomplete"]);
    expect(codes({ source: { kind: "segmentEntry", segmentId: "" }, reentry: "never" })).toEqual(["condition-incomplete"]);
  });

  it("warns when an entry limit allows re-entry that the policy forbids", () => {
    expect(codes({ source: { kind: "api" }, reentry: "never", entryLimit: { max: 3 } })).toEqual(["trigger-entry-limit-unused"]);
  });
});

describe("schedule rules", () => {
  it("accepts standard five-field cron expressions", () => {
    for (const cron of ["* * * * *", "*/15 * * * *", "0 9 * * 1", "30 8 1,15 * *", "0 0 * JAN-MAR SUN", "0 12 * * 7"]) expect(isValidCron(cron)).toBe(true);
  });

  it("refuses malformed cron expressions", () => {
    for (const cron of ["", "* * * *", "60 * * * *", "0 24 * * *", "0 0 0 * *", "5-1 * * * *", "*/0 * * * *", "@daily", "0 0 * * * *"]) {
      expect(isValidCron(cron)).toBe(false);
    }
  });

  it("knows IANA time zones", () => {
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Europe/Paris")).toBe(true);
    expect(isValidTimeZone("Nowhere/Land")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });
});
