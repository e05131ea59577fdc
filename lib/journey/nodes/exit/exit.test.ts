import { describe, expect, it } from "vitest";
import { linearJourney } from "../../testing/fixtures";
import { validateJourney } from "../../validate";
import { exitNode } from "./index";

describe("exit", () => {
  it("has no handles", () => {
    expect(exitNode.handles(exitNode.defaultData())).toEqual([]);
  });

  it("shows its reason", () => {
    expect(exitNode.summarize({ reason: "Converted" })).toBe("Exit: Converted");
    expect(exitNode.summarize({ reason: "" })).toBe("Exit");
  });

  it("nudges for a reason without blocking", () => {
    const graph = linearJourney();
    graph.nodes[2] = { ...exitNode.nodeSchema.parse(graph.nodes[2]), data: { reason: " " } };
    expect(validateJourney(graph).map((i) => [i.code, i.severity])).toEqual([["exit-reason-missing", "warning"]]);
  });
});
