import { describe, expect, it } from "vitest";
import { diffGraphs } from "./diff-graphs";
import { linearJourney, step } from "./testing/fixtures";

describe("diffGraphs", () => {
  it("finds no change between identical graphs", () => {
    expect(diffGraphs(linearJourney(), linearJourney())).toEqual({ added: [], removed: [], changed: [] });
  });

  it("ignores moved cards and key order", () => {
    const after = linearJourney();
    after.nodes = after.nodes.map((n) => ({ ...n, position: { x: n.position.x + 100, y: 5 } }));
    after.nodes[1] = { ...after.nodes[1]!, data: Object.fromEntries(Object.entries(after.nodes[1]!.data).reverse()) } as (typeof after.nodes)[number];
    expect(diffGraphs(linearJourney(), after)).toEqual({ added: [], removed: [], changed: [] });
  });

  it("reports added, removed and changed steps", () => {
    const after = linearJourney();
    after.nodes[1] = { ...after.nodes[1]!, data: { ...(after.nodes[1]!.data as object), templateId: "other" } } as (typeof after.nodes)[number];
    after.nodes.splice(2, 1, step("bye", "exit", { reason: "Bye" }));
    expect(diffGraphs(linearJourney(), after)).toEqual({ added: ["bye"], removed: ["done"], changed: ["email"] });
  });

  it("reports a step whose type changed under the same id", () => {
    const after = linearJourney();
    after.nodes[2] = step("done", "wait", { mode: "duration", duration: { amount: 1, unit: "days" } });
    expect(diffGraphs(linearJourney(), after).changed).toEqual(["done"]);
  });
});
