import { describe, expect, it } from "vitest";
import { around, step } from "../../testing/fixtures";
import { validateJourney } from "../../validate";
import { suppressNode } from "./index";

describe("suppress", () => {
  it("has a suppressed handle only when suppressed profiles take a path", () => {
    const data = suppressNode.defaultData();
    expect(suppressNode.handles({ ...data, onSuppress: "exit" }).map((h) => h.id)).toEqual(["next"]);
    expect(suppressNode.handles({ ...data, onSuppress: "path" }).map((h) => h.id)).toEqual(["next", "suppressed"]);
  });

  it("defaults to exiting recent purchasers and reads that way", () => {
    expect(suppressNode.summarize(suppressNode.defaultData())).toBe('Exit if performed "Order Completed" at least 1 time in the last 7 days');
    expect(validateJourney(around(step("s", "suppress", suppressNode.defaultData()), ["next"]))).toEqual([]);
  });

  it("needs the suppressed path connected when it has one", () => {
    const graph = around(step("s", "suppress", { ...suppressNode.defaultData(), onSuppress: "path" }), ["next"]);
    expect(validateJourney(graph).map((i) => i.code)).toEqual(["handle-unconnected"]);
  });

  it("flags an incomplete rule", () => {
    const graph = around(step("s", "suppress", { condition: { kind: "event", name: "", op: "atLeast", count: 1 }, onSuppress: "exit" }), ["next"]);
    expect(validateJourney(graph).map((i) => i.code)).toEqual(["condition-incomplete"]);
  });
});
