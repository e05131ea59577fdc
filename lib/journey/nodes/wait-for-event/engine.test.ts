import { describe, expect, it } from "vitest";
import { step } from "../../../engine/step";
import { at, enrolAndStep, event, logLines, makeContext, makeVersion } from "../../../engine/testing/engine-fixtures";
import { around } from "../../testing/fixtures";
import type { TWaitForEventNode } from "./schema";

const node: TWaitForEventNode = {
  id: "w",
  type: "waitForEvent",
  position: { x: 0, y: 0 },
  data: { event: "Order Completed", where: { kind: "trait", path: "event.properties.total", op: "gte", value: 50 }, timeout: { amount: 3, unit: "days" } },
};
const version = makeVersion({
  nodes: [...around(node, []).nodes, { id: "bought", type: "exit", position: { x: 0, y: 0 }, data: { reason: "Bought" } }],
  edges: [...around(node, ["timeout"]).edges, { id: "e-ev", source: "w", sourceHandle: "event", target: "bought" }],
});
const t0 = at("2024-06-03T10:00:00Z");
const parked = () => enrolAndStep(version, makeContext(), t0).enrollment;

describe("wait-for-event (engine)", () => {
  it("parks until the timeout, listening for the event", () => {
    const first = enrolAndStep(version, makeContext(), t0);
    expect(first.enrollment).toMatchObject({ state: "waiting", wakeAt: at("2024-06-06T10:00:00Z"), waitingFor: { event: "Order Completed", nodeId: "w" } });
    expect(logLines(first.effects)[1]).toBe('w: waiting (waiting up to 3 days for "Order Completed")');
  });

  it("takes the event path when the matching event is ingested before the deadline", () => {
    const purchase = event("Order Completed", "2024-06-04T09:00:00Z", { total: 80 });
    const result = step(version, parked(), makeContext({ events: [purchase], resumeEvent: purchase }), purchase.timestamp);
    expect(logLines(result.effects)).toEqual(['w: eventReceived ("Order Completed" happened just now)', "bought: completed (Bought)"]);
    expect(result.enrollment).toMatchObject({ state: "completed", exitReason: "Bought", waitingFor: null });
  });

  it("ignores an event that fails the filter, or another event, and keeps waiting", () => {
    const small = event("Order Completed", "2024-06-04T09:00:00Z", { total: 10 });
    const other = event("Page Viewed", "2024-06-04T09:00:00Z");
    for (const e of [small, other]) {
      const result = step(version, parked(), makeContext({ resumeEvent: e }), e.timestamp);
      expect(result.effects).toEqual([]);
      expect(result.enrollment.state).toBe("waiting");
    }
  });

  it("takes the timeout path when the event never comes", () => {
    const result = step(version, parked(), makeContext(), at("2024-06-06T10:00:00Z"));
    expect(logLines(result.effects)).toEqual(['w: timedOut (no "Order Completed" within 3 days)', "done: completed (Done)"]);
  });

  it("still takes the event path when the step runs after the deadline but the event came before it", () => {
    const purchase = event("Order Completed", "2024-06-06T09:59:00Z", { total: 80 });
    const result = step(version, parked(), makeContext({ events: [purchase] }), at("2024-06-06T10:05:00Z"));
    expect(result.enrollment.exitReason).toBe("Bought");
  });

  it("does not count events from before the wait began, or at or after its deadline", () => {
    const before = event("Order Completed", "2024-06-03T09:00:00Z", { total: 80 });
    const atDeadline = event("Order Completed", "2024-06-06T10:00:00Z", { total: 80 });
    const result = step(version, parked(), makeContext({ events: [before], resumeEvent: atDeadline }), atDeadline.timestamp);
    expect(result.enrollment.exitReason).toBe("Done");
  });
});
