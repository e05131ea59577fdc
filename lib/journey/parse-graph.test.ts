import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseGraph } from "./parse-graph";
import { link, linearJourney, step } from "./testing/fixtures";

const failure = (input: unknown) => {
  const result = parseGraph(input);
  if (result.ok) throw new Error("expected the parse to fail");
  return { path: result.path, message: result.message };
};

describe("parseGraph", () => {
  it("accepts a well-formed journey and returns it", () => {
    const result = parseGraph(linearJourney());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.graph).toEqual(linearJourney());
  });

  it("drops editor-only fields such as selection state", () => {
    const graph = linearJourney();
    const result = parseGraph({ ...graph, nodes: graph.nodes.map((n) => ({ ...n, selected: true, measured: { width: 240 } })) });
    expect(result.ok && result.graph.nodes[0]).toEqual(graph.nodes[0]);
  });

  it("reports the path of a bad value inside a node's data", () => {
    const graph = linearJourney();
    graph.nodes.splice(2, 0, step("w", "wait", { mode: "duration", duration: { amount: -1, unit: "days" } }));
    expect(failure(graph)).toEqual({ path: "nodes.2.data.duration.amount", message: "must be greater than 0" });
  });

  it("reports the first problem in document order", () => {
    const graph = linearJourney();
    const broken = { nodes: [graph.nodes[0], { ...graph.nodes[1], data: { channel: "fax" } }, { ...graph.nodes[2], id: "" }], edges: [{ id: "x" }] };
    expect(failure(broken).path).toBe("nodes.1.data.channel");
  });

  it("names an unknown node type at its type", () => {
    expect(failure({ nodes: [{ id: "a", type: "teleport", position: { x: 0, y: 0 }, data: {} }], edges: [] }).path).toBe("nodes.0.type");
  });

  it("reports missing top-level fields and non-objects", () => {
    expect(failure({ nodes: [] }).path).toBe("edges");
    expect(failure(null).path).toBe("");
    expect(failure("graph").path).toBe("");
  });

  it("refuses duplicate node ids at the second occurrence", () => {
    const graph = linearJourney();
    graph.nodes.push({ ...graph.nodes[2]!, data: { reason: "again" } } as (typeof graph.nodes)[number]);
    expect(failure(graph)).toEqual({ path: "nodes.3.id", message: 'node id "done" is used twice' });
  });

  it("refuses duplicate edge ids", () => {
    const graph = linearJourney();
    graph.edges.push({ ...graph.edges[0]!, sourceHandle: "next", source: "email", target: "done" });
    expect(failure(graph).path).toBe("edges.3.id");
  });

  it("refuses edges to or from missing nodes", () => {
    const graph = linearJourney();
    graph.edges[0] = link("trigger", "next", "ghost");
    expect(failure(graph)).toEqual({ path: "edges.0.target", message: 'no node "ghost"' });
    graph.edges[0] = link("ghost", "next", "email");
    expect(failure(graph).path).toBe("edges.0.source");
  });

  it("refuses self-loops", () => {
    const graph = linearJourney();
    graph.edges[0] = link("trigger", "next", "trigger");
    expect(failure(graph)).toEqual({ path: "edges.0.target", message: "an edge cannot connect a node to itself" });
  });

  it("refuses handles the source node does not have", () => {
    const graph = linearJourney();
    graph.edges[1] = link("email", "opened", "done");
    expect(failure(graph)).toEqual({ path: "edges.1.sourceHandle", message: 'node "email" has no handle "opened" (expected "next", "skipped")' });
    graph.edges[1] = link("done", "next", "email");
    expect(failure(graph).message).toMatch(/it has none/);
  });

  it("refuses a second edge from the same handle", () => {
    const graph = linearJourney();
    graph.nodes.push(step("other", "exit", { reason: "Other" }));
    graph.edges.push(link("trigger", "next", "other"));
    graph.edges[3] = { ...graph.edges[3]!, id: "second" };
    expect(failure(graph)).toEqual({ path: "edges.3.sourceHandle", message: 'handle "next" of node "trigger" is already connected' });
  });

  it("accepts drafts that validation would still reject (parse checks structure only)", () => {
    expect(parseGraph({ nodes: [step("t", "trigger", { source: { kind: "event", event: "" }, reentry: "never" })], edges: [] }).ok).toBe(true);
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseGraph(value);
        expect(typeof result.ok).toBe("boolean");
      }),
    );
  });

  it("never throws on arbitrary values, graph-shaped or not", () => {
    const graphish = fc.record({ nodes: fc.array(fc.anything(), { maxLength: 4 }), edges: fc.array(fc.anything(), { maxLength: 4 }) });
    fc.assert(fc.property(fc.oneof(fc.anything(), graphish), (value) => void parseGraph(value)));
  });

  it("refuses absurdly deep conditions instead of exhausting the stack", () => {
    const nested = (depth: number) => {
      let condition: unknown = { kind: "trait", path: "x", op: "exists" };
      for (let i = 0; i < depth; i++) condition = { kind: "not", condition };
      return { nodes: [{ id: "s", type: "suppress", position: { x: 0, y: 0 }, data: { condition, onSuppress: "exit" } }], edges: [] };
    };
    expect(parseGraph(nested(20)).ok).toBe(true);
    const result = parseGraph(nested(20_000));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.path).toMatch(/^nodes\.0\.data\.condition(\.condition)+$/);
  });
});
