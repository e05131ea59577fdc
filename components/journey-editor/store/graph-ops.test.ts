import { describe, expect, it } from "vitest";
import { createNode, type TJourneyGraph } from "@/lib/journey/graph";
import { parseGraph } from "@/lib/journey/parse-graph";
import { exit, link, linearJourney, send, sendLinks, step } from "@/lib/journey/testing/fixtures";
import { copySelection, duplicateSelection, pasteClip } from "./clipboard-ops";
import { addNode, autoLayout, positionAfter, connectNodes, connectionProblem, deleteElements, insertNodeOnEdge, moveNodes, updateNodeData } from "./graph-ops";

/** Ids e1, e2, … so tests can name the edges an operation creates. */
function sequentialIds(prefix = "n") {
  let i = 0;
  return () => `${prefix}${++i}`;
}

const edgeKeys = (graph: TJourneyGraph) => graph.edges.map((e) => `${e.source}:${e.sourceHandle}->${e.target}`).sort();

describe("connecting steps", () => {
  it("connects an output to a step", () => {
    const graph: TJourneyGraph = { nodes: [createNode("trigger", { x: 0, y: 0 }, "t"), createNode("exit", { x: 0, y: 200 }, "x")], edges: [] };
    const next = connectNodes(graph, { source: "t", sourceHandle: "next", target: "x" }, sequentialIds("e"));
    expect(edgeKeys(next)).toEqual(["t:next->x"]);
    expect(parseGraph(next).ok).toBe(true);
  });

  it("moves the edge when an already connected output is connected elsewhere: one edge per output", () => {
    const graph = linearJourney();
    const other = exit("other", "Other");
    const withOther = addNode(graph, other);
    const next = connectNodes(withOther, { source: "trigger", sourceHandle: "next", target: "other" });
    expect(edgeKeys(next).filter((k) => k.startsWith("trigger:"))).toEqual(["trigger:next->other"]);
    expect(parseGraph(next).ok).toBe(true);
  });

  it("refuses self-loops, edges into a trigger and outputs the step does not have", () => {
    const graph = linearJourney();
    expect(connectNodes(graph, { source: "email", sourceHandle: "next", target: "email" })).toBe(graph);
    expect(connectNodes(graph, { source: "email", sourceHandle: "next", target: "trigger" })).toBe(graph);
    expect(connectNodes(graph, { source: "email", sourceHandle: "nope", target: "done" })).toBe(graph);
    expect(connectionProblem(graph, { source: "email", sourceHandle: "next", target: "trigger" })).toMatch(/trigger/);
  });
});

describe("adding and deleting", () => {
  it("appends after a step on its first free output", () => {
    const graph: TJourneyGraph = { nodes: [send("m", "email", "welcome")], edges: [] };
    const withExit = addNode(graph, exit("x1", "one"), "m");
    const withSecond = addNode(withExit, exit("x2", "two"), "m");
    expect(edgeKeys(withSecond)).toEqual(["m:next->x1", "m:skipped->x2"]);
    // Each lands under the output it hangs from: Sent on the left, Skipped on the right.
    expect(positionAfter(withExit, withExit.nodes[0]!).x).toBeGreaterThan(positionAfter(graph, graph.nodes[0]!).x);
    // No free output left: the third step is added unconnected.
    expect(edgeKeys(addNode(withSecond, exit("x3", "three"), "m"))).toEqual(["m:next->x1", "m:skipped->x2"]);
  });

  it("deletes nodes with every edge touching them, and single edges", () => {
    const graph = linearJourney();
    const withoutEmail = deleteElements(graph, { nodeIds: ["email"] });
    expect(withoutEmail.nodes.map((n) => n.id)).toEqual(["trigger", "done"]);
    expect(withoutEmail.edges).toEqual([]);
    const withoutEdge = deleteElements(graph, { edgeIds: [graph.edges[0]!.id] });
    expect(withoutEdge.nodes).toHaveLength(3);
    expect(withoutEdge.edges).toHaveLength(graph.edges.length - 1);
    expect(deleteElements(graph, { nodeIds: ["missing"] })).toBe(graph);
  });
});

describe("inserting onto an edge", () => {
  it("splits the edge: source → new step → target through the new step's first output", () => {
    const graph = linearJourney();
    const edge = graph.edges.find((e) => e.source === "trigger")!;
    const wait = createNode("wait", { x: 0, y: 100 }, "w");
    const next = insertNodeOnEdge(graph, edge.id, wait, sequentialIds("e"));
    expect(edgeKeys(next)).toEqual(["email:next->done", "email:skipped->done", "trigger:next->w", "w:next->email"]);
    expect(parseGraph(next).ok).toBe(true);
  });

  it("moves the rest of the path down when the new step would sit on top of it", () => {
    const graph = autoLayout(linearJourney());
    const at = (g: TJourneyGraph, id: string) => g.nodes.find((n) => n.id === id)!.position;
    const edge = graph.edges.find((e) => e.source === "trigger")!;
    const wait = createNode("wait", { x: at(graph, "email").x, y: at(graph, "email").y - 10 }, "w");
    const next = insertNodeOnEdge(graph, edge.id, wait);
    expect(at(next, "email").y).toBeGreaterThanOrEqual(wait.position.y + 160);
    expect(at(next, "done").y - at(next, "email").y).toBe(at(graph, "done").y - at(graph, "email").y);
    expect(at(next, "trigger")).toEqual(at(graph, "trigger"));
    // Dropped onto the lower half of the target card itself, the target still makes way.
    const onTarget = createNode("wait", { x: at(graph, "email").x, y: at(graph, "email").y + 30 }, "w");
    const shifted = insertNodeOnEdge(graph, edge.id, onTarget);
    expect(at(shifted, "email").y).toBeGreaterThanOrEqual(at(shifted, "w").y + 160);
    // Dropped right under the source, the new step still keeps a row's distance from it.
    const close = createNode("wait", { x: 0, y: at(graph, "trigger").y + 20 }, "w");
    expect(at(insertNodeOnEdge(graph, edge.id, close), "w").y).toBe(at(graph, "trigger").y + 160);
    // With room to spare below, nothing else moves.
    const roomy = moveNodes(graph, new Map([["email", { x: 20, y: 1000 }], ["done", { x: 20, y: 1200 }]]));
    const inGap = insertNodeOnEdge(roomy, edge.id, createNode("wait", { x: 0, y: 500 }, "w"));
    expect(at(inGap, "email")).toEqual(at(roomy, "email"));
    expect(at(inGap, "w").y).toBe(500);
  });

  it("adds exits and triggers beside the edge, since neither can sit in the middle of a path", () => {
    const graph = linearJourney();
    const edgeId = graph.edges[0]!.id;
    for (const type of ["exit", "trigger"] as const) {
      const next = insertNodeOnEdge(graph, edgeId, createNode(type, { x: 0, y: 0 }, "new"));
      expect(next.nodes).toHaveLength(4);
      expect(next.edges).toEqual(graph.edges);
    }
  });
});

describe("editing a step's data", () => {
  it("drops edges of outputs that no longer exist, keeping the rest", () => {
    const branch = step("b", "branch", {
      paths: [
        { id: "vip", label: "VIP", condition: { kind: "all", conditions: [] } },
        { id: "new", label: "New", condition: { kind: "all", conditions: [] } },
      ],
    });
    const graph: TJourneyGraph = { nodes: [branch, exit("x", "x")], edges: [link("b", "vip", "x"), link("b", "new", "x"), link("b", "else", "x")] };
    const next = updateNodeData(graph, "b", { paths: [branch.data.paths[0]!] });
    expect(edgeKeys(next)).toEqual(["b:else->x", "b:vip->x"]);
    expect(next.nodes[1]).toBe(graph.nodes[1]);
  });
});

describe("moving and laying out", () => {
  it("rounds positions and returns the same graph when nothing moved", () => {
    const graph = linearJourney();
    const moved = moveNodes(graph, new Map([["email", { x: 10.4, y: 20.6 }]]));
    expect(moved.nodes.find((n) => n.id === "email")!.position).toEqual({ x: 10, y: 21 });
    expect(moveNodes(moved, new Map([["email", { x: 10, y: 21 }]]))).toBe(moved);
  });

  it("auto-layout puts every step below the one before it", () => {
    const graph = linearJourney();
    const laid = autoLayout(graph);
    const y = (id: string) => laid.nodes.find((n) => n.id === id)!.position.y;
    expect(y("trigger")).toBeLessThan(y("email"));
    expect(y("email")).toBeLessThan(y("done"));
  });
});

describe("copy, paste and duplicate", () => {
  it("pastes with fresh ids and shifted positions, keeping only the edges between copied steps", () => {
    const graph = linearJourney();
    const clip = copySelection(graph, ["email", "done"])!;
    expect(clip.edges).toHaveLength(2);
    const { graph: next, pastedIds } = pasteClip(graph, clip, { x: 40, y: 40 }, sequentialIds("p"));
    expect(pastedIds).toHaveLength(2);
    expect(pastedIds.some((id) => graph.nodes.some((n) => n.id === id))).toBe(false);
    const pasted = next.nodes.filter((n) => pastedIds.includes(n.id));
    const original = graph.nodes.find((n) => n.id === "email")!;
    expect(pasted.find((n) => n.type === "message")!.position).toEqual({ x: original.position.x + 40, y: original.position.y + 40 });
    const pastedEdges = next.edges.filter((e) => pastedIds.includes(e.source));
    expect(pastedEdges).toHaveLength(2);
    expect(pastedEdges.every((e) => pastedIds.includes(e.target))).toBe(true);
    expect(new Set(next.edges.map((e) => e.id)).size).toBe(next.edges.length);
    expect(parseGraph(next).ok).toBe(true);
  });

  it("points references between copied steps at the copies", () => {
    const branch = step("b", "branch", { paths: [{ id: "opened", label: "Opened", condition: { kind: "engagement", nodeId: "email", engagement: "opened" } }] });
    const graph: TJourneyGraph = { nodes: [send("email", "email", "welcome"), branch], edges: [link("email", "next", "b")] };
    const { graph: next, pastedIds } = duplicateSelection(graph, ["email", "b"]);
    const copyOfEmail = next.nodes.find((n) => pastedIds.includes(n.id) && n.type === "message")!;
    const copyOfBranch = next.nodes.find((n) => pastedIds.includes(n.id) && n.type === "branch")!;
    expect(copyOfBranch.data).toMatchObject({ paths: [{ condition: { nodeId: copyOfEmail.id } }] });
    // The original still points at the original.
    expect(next.nodes.find((n) => n.id === "b")!.data).toMatchObject({ paths: [{ condition: { nodeId: "email" } }] });
  });

  it("copies nothing when nothing is selected", () => {
    expect(copySelection(linearJourney(), [])).toBeNull();
    const graph = { nodes: [send("m", "email", "w"), exit("x", "x")], edges: sendLinks("m", "x") };
    expect(duplicateSelection(graph, []).graph).toBe(graph);
  });
});
