import { describe, expect, it } from "vitest";
import { checkJourneyRules } from "./check-journey-rules";
import { at, event, makeContext } from "./testing/engine-fixtures";

const enrollment = { enteredAt: at("2024-06-03T10:00:00Z"), memory: { visits: {}, splits: {}, sends: {} } };
const goal = { event: "Order Completed", where: { kind: "trait" as const, path: "event.properties.total", op: "gte" as const, value: 50 }, within: { amount: 3, unit: "days" as const }, exitOnGoal: false };

describe("checkJourneyRules", () => {
  it("reports the first qualifying conversion inside the goal window", () => {
    const context = makeContext({ events: [event("Order Completed", "2024-06-04T10:00:00Z", { total: 20 }), event("Order Completed", "2024-06-05T10:00:00Z", { total: 70 })] });
    expect(checkJourneyRules({ goal, frequencyCapExempt: false }, enrollment, context, at("2024-06-06T00:00:00Z"))).toEqual({
      converted: { at: at("2024-06-05T10:00:00Z"), event: "Order Completed" },
      exit: null,
    });
  });

  it("does not report a conversion it already recorded, but still exits on it when told to", () => {
    const converted = { ...enrollment, memory: { ...enrollment.memory, converted: { at: at("2024-06-04T10:00:00Z"), event: "Order Completed" } } };
    const context = makeContext({ events: [event("Order Completed", "2024-06-04T10:00:00Z", { total: 70 })] });
    expect(checkJourneyRules({ goal, frequencyCapExempt: false }, converted, context, at("2024-06-05T00:00:00Z")).converted).toBeNull();
    expect(checkJourneyRules({ goal: { ...goal, exitOnGoal: true }, frequencyCapExempt: false }, converted, context, at("2024-06-05T00:00:00Z")).exit).toEqual({
      reason: 'goal reached: performed "Order Completed"',
    });
  });

  it("ignores events that have not happened yet", () => {
    const context = makeContext({ events: [event("Order Completed", "2024-06-05T10:00:00Z", { total: 70 })] });
    expect(checkJourneyRules({ goal, frequencyCapExempt: false }, enrollment, context, at("2024-06-04T00:00:00Z")).converted).toBeNull();
  });

  it("exits when the exit criteria match, explaining why", () => {
    const settings = { exitCriteria: { kind: "segment" as const, segmentId: "churned", inSegment: true }, frequencyCapExempt: false };
    expect(checkJourneyRules(settings, enrollment, makeContext({ segments: ["churned"] }), at("2024-06-04T00:00:00Z")).exit).toEqual({ reason: 'exit criteria met: is in segment "churned"' });
    expect(checkJourneyRules(settings, enrollment, makeContext(), at("2024-06-04T00:00:00Z")).exit).toBeNull();
  });
});
