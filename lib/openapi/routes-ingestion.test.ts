import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./build-openapi-document";

type TOperation = { requestBody?: { content: { "application/json": { schema: { properties: Record<string, { items?: { oneOf?: { properties: { type: { const: string } } }[] } }>; required?: string[] } } } }; summary: string; "x-waymark-permission"?: string };

describe("OpenAPI: ingestion, API keys and profiles", () => {
  const doc = buildOpenApiDocument();
  const op = (path: string, method: string) => (doc.paths[path] as Record<string, TOperation> | undefined)?.[method];

  it("documents every Segment call with its body schema and how write keys authenticate", () => {
    for (const type of ["track", "identify", "page", "screen", "group", "alias", "batch"]) {
      const post = op(`/api/v1/${type}`, "post");
      expect(post?.summary).toContain("HTTP Basic");
      expect(post?.requestBody).toBeDefined();
    }
    expect(op("/api/v1/track", "post")?.requestBody?.content["application/json"].schema.required).toContain("event");
  });

  it("describes a batch as a list of calls told apart by type", () => {
    const items = op("/api/v1/batch", "post")?.requestBody?.content["application/json"].schema.properties.batch?.items?.oneOf ?? [];
    expect(items.map((i) => i.properties.type.const).sort()).toEqual(["alias", "group", "identify", "page", "screen", "track"]);
  });

  it("lists the API keys and profiles endpoints with their permissions", () => {
    expect(op("/api/v1/api-keys", "post")?.["x-waymark-permission"]).toBe("apiKeys:manage");
    expect(op("/api/v1/api-keys/{id}", "delete")).toBeDefined();
    for (const path of ["/api/v1/profiles", "/api/v1/profiles/{id}", "/api/v1/profiles/{id}/events"]) expect(op(path, "get")?.["x-waymark-permission"]).toBe("journeys:read");
  });
});
