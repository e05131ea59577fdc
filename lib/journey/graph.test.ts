import { describe, expect, it } from "vitest";
import { createEdge, createNode, emptyGraph, NODE_TYPES, randomShortId, ZJourneyNode } from "./graph";
import { getNodeDefinition, isNodeType, nodeHandles, nodeRegistry, safeNodeHandles, summarizeNode } from "./registry";

describe("node registry", () => {
  it("lists the nine node types in palette order", () => {
    expect(NODE_TYPES).toEqual(["trigger", "wait", "waitForEvent", "branch", "split", "message", "suppress", "updateProfile", "exit"]);
  });

  it("keys every definition by its own type", () => {
    for (const [key, definition] of Object.entries(nodeRegistry)) expect(definition.type).toBe(key);
  });

  it("gives every type a label, a palette line, a category and an icon", () => {
    for (const type of NODE_TYPES) {
      const definition = nodeRegistry[type];
      expect(definition.label).not.toBe("");
      expect(definition.description).not.toBe("");
      expect(["flow", "action", "logic"]).toContain(definition.category);
      expect(definition.icon).toMatch(/^[A-Z][A-Za-z]+$/);
    }
  });

  it("has default data that fits each type's schema", () => {
    for (const type of NODE_TYPES) {
      expect(ZJourneyNode.safeParse(createNode(type, { x: 0, y: 0 }, "n")).success).toBe(true);
    }
  });

  it("only knows its own types", () => {
    expect(isNodeType("wait")).toBe(true);
    expect(isNodeType("constructor")).toBe(false);
    expect(isNodeType(undefined)).toBe(false);
    expect(getNodeDefinition("toString")).toBeUndefined();
  });

  it("computes handles for parsed nodes, and says when it cannot for broken ones", () => {
    expect(nodeHandles(createNode("waitForEvent", { x: 0, y: 0 }))).toEqual([
      { id: "event", label: "Event happened" },
      { id: "timeout", label: "Timed out" },
    ]);
    expect(safeNodeHandles({ type: "branch", data: { paths: "nope" } })).toBeUndefined();
    expect(safeNodeHandles({ type: "alien", data: {} })).toBeUndefined();
    expect(summarizeNode(createNode("wait", { x: 0, y: 0 }))).toBe("Wait 1 day");
  });
});

describe("createNode / createEdge / emptyGraph", () => {
  it("creates a node with default data at the given position", () => {
    const node = createNode("wait", { x: 10, y: 20 }, "w1");
    expect(node).toEqual({ id: "w1", type: "wait", position: { x: 10, y: 20 }, data: { mode: "duration", duration: { amount: 1, unit: "days" } } });
  });

  it("gives short random ids when none is given", () => {
    const ids = new Set(Array.from({ length: 50 }, () => createNode("exit", { x: 0, y: 0 }).id));
    expect(ids.size).toBe(50);
    expect(randomShortId()).toMatch(/^[0-9a-f]{8}$/);
    expect(createEdge("a", "next", "b", "e1")).toEqual({ id: "e1", source: "a", sourceHandle: "next", target: "b" });
  });

  it("starts a journey with a lone trigger, ids injectable for tests", () => {
    const graph = emptyGraph(() => "t1");
    expect(graph.edges).toEqual([]);
    expect(graph.nodes).toMatchObject([{ id: "t1", type: "trigger" }]);
  });
});
