import { describe, expect, it } from "vitest";
import { definitionFacts, isAffectedBy } from "./definition-facts";
import { findSegmentCycle, orderSegments, withDependents } from "./order-segments";

const graph = [
  { id: "vip-buyers", refs: ["vip", "buyers"] },
  { id: "buyers", refs: [] },
  { id: "vip", refs: [] },
  { id: "not-vip-buyers", refs: ["vip-buyers"] },
];

describe("segment dependencies", () => {
  it("orders every segment after the segments it reads", () => {
    const order = orderSegments(graph, ["not-vip-buyers", "vip-buyers", "vip", "buyers"]);
    expect(order.indexOf("vip")).toBeLessThan(order.indexOf("vip-buyers"));
    expect(order.indexOf("buyers")).toBeLessThan(order.indexOf("vip-buyers"));
    expect(order.indexOf("vip-buyers")).toBeLessThan(order.indexOf("not-vip-buyers"));
  });

  it("follows dependents transitively", () => {
    expect([...withDependents(graph, ["buyers"])].sort()).toEqual(["buyers", "not-vip-buyers", "vip-buyers"]);
  });

  it("finds cycles, a segment reading itself included", () => {
    expect(findSegmentCycle(graph)).toBeNull();
    expect(findSegmentCycle([...graph, { id: "buyers2", refs: ["buyers2"] }])).toEqual(["buyers2", "buyers2"]);
    expect(findSegmentCycle([{ id: "a", refs: ["b"] }, { id: "b", refs: ["a"] }])).toEqual(["a", "b", "a"]);
  });
});

describe("what a change can affect", () => {
  const facts = definitionFacts({
    kind: "all",
    conditions: [
      { kind: "event", name: "Order Completed", op: "atLeast", count: 1, within: { amount: 7, unit: "days" } },
      { kind: "trait", path: "address.city", op: "equals", value: "Lyon" },
      { kind: "consent", channel: "sms", status: "subscribed" },
    ],
  });

  it("matches event names, trait roots and consent channels", () => {
    expect(isAffectedBy(facts, { eventNames: ["Order Completed"] })).toBe(true);
    expect(isAffectedBy(facts, { eventNames: ["Page Viewed"] })).toBe(false);
    expect(isAffectedBy(facts, { traits: ["address"] })).toBe(true);
    expect(isAffectedBy(facts, { traits: ["address.city"] })).toBe(true);
    expect(isAffectedBy(facts, { traits: ["plan"] })).toBe(false);
    expect(isAffectedBy(facts, { consent: ["email"] })).toBe(false);
    expect(isAffectedBy(facts, { consent: ["sms"] })).toBe(true);
    expect(isAffectedBy(facts, { all: true })).toBe(true);
  });

  it("reads a year of history for an event condition without a window", () => {
    expect(definitionFacts({ kind: "event", name: "X", op: "atLeast", count: 1 }).eventWindowMs).toBe(365 * 86_400_000);
    expect(facts.eventWindowMs).toBe(7 * 86_400_000);
  });
});
