import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./build-openapi-document";

describe("OpenAPI document", () => {
  const doc = buildOpenApiDocument("http://localhost:3000");

  it("describes every journeys endpoint with its method", () => {
    expect(Object.keys(doc.paths["/api/v1/journeys"] ?? {}).sort()).toEqual(["get", "post"]);
    expect(Object.keys(doc.paths["/api/v1/journeys/{id}"] ?? {}).sort()).toEqual(["delete", "get", "put"]);
  });

  it("derives request bodies from the zod schemas that validate them", () => {
    const post = doc.paths["/api/v1/journeys"]?.post as { requestBody: { content: { "application/json": { schema: { required?: string[]; properties: Record<string, unknown> } } } } };
    const schema = post.requestBody.content["application/json"].schema;
    expect(schema.required).toContain("name");
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["name", "description", "graph"]));
  });

  it("describes every templates endpoint, preview included, with the permission it needs", () => {
    expect(Object.keys(doc.paths["/api/v1/templates"] ?? {}).sort()).toEqual(["get", "post"]);
    expect(Object.keys(doc.paths["/api/v1/templates/{id}"] ?? {}).sort()).toEqual(["delete", "get", "put"]);
    expect(Object.keys(doc.paths["/api/v1/templates/{id}/duplicate"] ?? {})).toEqual(["post"]);
    const preview = doc.paths["/api/v1/templates/preview"]?.post as { "x-waymark-permission": string; requestBody: { content: { "application/json": { schema: { required?: string[] } } } } };
    expect(preview["x-waymark-permission"]).toBe("journeys:read");
    expect(preview.requestBody.content["application/json"].schema.required).toEqual(expect.arrayContaining(["channel", "content"]));
    const profiles = doc.paths["/api/v1/templates/preview-profiles"]?.get as { parameters: { name: string }[] };
    expect(profiles.parameters.map((p) => p.name)).toEqual(["q"]);
    const create = doc.paths["/api/v1/templates"]?.post as { requestBody: { content: { "application/json": { schema: { properties: { content: { anyOf?: unknown[] } } } } } } };
    expect(create.requestBody.content["application/json"].schema.properties.content.anyOf).toHaveLength(7);
  });

  it("is valid JSON that survives a round trip", () => {
    expect(JSON.parse(JSON.stringify(doc)).openapi).toBe("3.1.0");
  });
});
