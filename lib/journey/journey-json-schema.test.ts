import { describe, expect, it } from "vitest";
import { NODE_TYPES } from "./graph";
import { journeyJsonSchema } from "./journey-json-schema";

describe("journey JSON Schema", () => {
  const schema = journeyJsonSchema();
  const text = JSON.stringify(schema);

  it("describes the graph's nodes and edges and every node type", () => {
    const graph = schema.properties.graph as { properties?: Record<string, unknown>; required?: string[] };
    expect(Object.keys(graph.properties ?? {})).toEqual(expect.arrayContaining(["nodes", "edges"]));
    for (const type of NODE_TYPES) expect(text).toContain(`"const":"${type}"`);
  });

  it("carries the field rules of the zod schemas (an edge needs source, sourceHandle and target)", () => {
    expect(text).toMatch(/"required":\["id","source","sourceHandle","target"\]/);
  });
});
