import { describe, expect, it } from "vitest";
import { linearJourney } from "@/lib/journey/testing/fixtures";
import { describeImportProblem, parseImport } from "./parse-import";

describe("importing a journey file", () => {
  it("reads what export writes: name, graph and settings", () => {
    const result = parseImport(JSON.stringify({ name: "Welcome", graph: linearJourney(), settings: { frequencyCapExempt: true } }));
    expect(result).toEqual({ ok: true, name: "Welcome", graph: linearJourney(), settings: { frequencyCapExempt: true } });
  });

  it("reads the saved test cases an export carries, and names a broken one's field", () => {
    const testCase = { name: "No SMS consent", input: { profile: { consent: { sms: "unsubscribed" } }, events: [{ type: "track", event: "Cart Abandoned", after: { amount: 0, unit: "minutes" } }] }, expected: [{ nodeId: "t", action: "entered", offsetMs: 0 }] };
    const result = parseImport(JSON.stringify({ name: "Welcome", graph: linearJourney(), testCases: [testCase] }));
    expect(result.ok && result.testCases?.map((c) => c.name)).toEqual(["No SMS consent"]);
    const broken = parseImport(JSON.stringify({ name: "Welcome", graph: linearJourney(), testCases: [{ ...testCase, expected: [{ nodeId: "t", action: "teleported", offsetMs: 0 }] }] }));
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.path).toBe("testCases.0.expected.0.action");
  });

  it("reads a bare graph", () => {
    expect(parseImport(JSON.stringify(linearJourney()))).toEqual({ ok: true, graph: linearJourney() });
  });

  it("names the path of the first problem, relative to the graph", () => {
    const graph = linearJourney();
    const broken = { ...graph, nodes: graph.nodes.map((n, i) => (i === 1 ? { ...n, type: "teleport" } : n)) };
    const result = parseImport(JSON.stringify({ name: "x", graph: broken }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.path).toBe("nodes.1.type");
    expect(describeImportProblem(result)).toMatch(/^nodes\.1\.type: /);
  });

  it("reports edges to missing steps and bad settings with their paths", () => {
    const graph = linearJourney();
    const dangling = { ...graph, edges: [...graph.edges, { id: "zz", source: "trigger", sourceHandle: "next", target: "ghost" }] };
    const edgeResult = parseImport(JSON.stringify(dangling));
    expect(edgeResult.ok || edgeResult.path).toMatch(/^edges\.\d+\./);
    const settingsResult = parseImport(JSON.stringify({ graph, settings: { frequencyCapExempt: "yes" } }));
    expect(settingsResult.ok || settingsResult.path).toBe("settings.frequencyCapExempt");
  });

  it("refuses text that is not JSON, or JSON that is not a journey", () => {
    const notJson = parseImport("{ nodes: ");
    expect(notJson.ok || describeImportProblem(notJson)).toMatch(/not valid JSON/);
    expect(parseImport("[1,2]").ok).toBe(false);
    expect(parseImport(JSON.stringify({ graph: "nope" }))).toMatchObject({ ok: false, path: "graph" });
  });
});
