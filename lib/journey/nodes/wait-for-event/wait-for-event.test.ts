import { describe, expect, it } from "vitest";
import type { TJourneyGraph } from "../../graph";
import { around } from "../../testing/fixtures";
import { validateJourney } from "../../validate";
import { waitForEventNode } from "./index";
import type { TWaitForEventNode } from "./schema";

const node = (data: TWaitForEventNode["data"]): TWaitForEventNode => ({ id: "wfe", type: "waitForEvent", position: { x: 0, y: 0 }, data });
const codes = (graph: TJourneyGraph) => validateJourney(graph).map((i) => i.code);

describe("wait-for-event", () => {
  it("leaves by event or by timeout", () => {
    expect(waitForEventNode.handles(waitForEventNode.defaultData()).map((h) => h.id)).toEqual(["event", "timeout"]);
  });

  it("summarizes the event and the timeout", () => {
    expect(waitForEventNode.summarize({ event: "Order Completed", timeout: { amount: 3, unit: "days" } })).toBe('Wait up to 3 days for "Order Completed"');
  });

  it("needs an event name", () => {
    expect(codes(around(node(waitForEventNode.defaultData()), ["event", "timeout"]))).toEqual(["wait-for-event-event-missing"]);
    expect(codes(around(node({ event: "Order Completed", timeout: { amount: 3, unit: "days" } }), ["event", "timeout"]))).toEqual([]);
  });

  it("needs a timeout longer than zero, even on a graph that skipped parsing", () => {
    const broken = around(node({ event: "Order Completed", timeout: { amount: 3, unit: "days" } }), ["event", "timeout"]);
    const rule = waitForEventNode.validate({ ...node({ event: "Order Completed", timeout: { amount: 0, unit: "days" } }) }, { graph: broken, options: {} });
    expect(rule.map((i) => i.code)).toEqual(["wait-for-event-timeout-invalid"]);
  });

  it("only the timeout path is sure to have waited", () => {
    const data = { event: "Order Completed", timeout: { amount: 1, unit: "hours" as const } };
    expect(waitForEventNode.minDelayMs(data, "timeout")).toBe(3_600_000);
    expect(waitForEventNode.minDelayMs(data, "event")).toBe(0);
  });

  it("requires both outcomes to be connected", () => {
    expect(codes(around(node({ event: "Order Completed", timeout: { amount: 3, unit: "days" } }), ["event"]))).toEqual(["handle-unconnected"]);
  });
});
