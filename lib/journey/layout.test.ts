import { describe, expect, it } from "vitest";
import { layoutGraph, NODE_HEIGHT, NODE_WIDTH } from "./layout";
import { exit, link, linearJourney, step } from "./testing/fixtures";

const overlaps = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_HEIGHT;

describe("layoutGraph", () => {
  it("places each step below the one before it", () => {
    const laid = layoutGraph(linearJourney());
    const [trigger, email, done] = laid.nodes.map((n) => n.position);
    expect(trigger!.y).toBeLessThan(email!.y);
    expect(email!.y).toBeLessThan(done!.y);
  });

  it("does not modify its input and keeps everything but positions", () => {
    const graph = linearJourney();
    const before = structuredClone(graph);
    const laid = layoutGraph(graph);
    expect(graph).toEqual(before);
    expect(laid.edges).toEqual(graph.edges);
    expect(laid.nodes.map(({ position: _p, ...rest }) => rest)).toEqual(graph.nodes.map(({ position: _p, ...rest }) => rest));
  });

  it("lays out a branch's paths left to right in path order, else last, without overlaps", () => {
    const graph = {
      nodes: [
        step("trigger", "trigger", { source: { kind: "api" }, reentry: "never" }),
        step("b", "branch", {
          paths: [
            { id: "p1", label: "One", condition: { kind: "all", conditions: [] } },
            { id: "p2", label: "Two", condition: { kind: "all", conditions: [] } },
          ],
        }),
        exit("x-else", "Else"),
        exit("x-two", "Two"),
        exit("x-one", "One"),
      ],
      edges: [link("trigger", "next", "b"), link("b", "else", "x-else"), link("b", "p2", "x-two"), link("b", "p1", "x-one")],
    };
    const at = new Map(layoutGraph(graph).nodes.map((n) => [n.id, n.position]));
    expect(at.get("x-one")!.x).toBeLessThan(at.get("x-two")!.x);
    expect(at.get("x-two")!.x).toBeLessThan(at.get("x-else")!.x);
    const positions = [...at.values()];
    positions.forEach((a, i) => positions.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
  });

  it("copes with loops and edges to missing nodes", () => {
    const graph = linearJourney();
    graph.edges.push(link("done", "next", "trigger"), link("email", "x", "ghost"));
    expect(layoutGraph(graph).nodes).toHaveLength(3);
  });
});
