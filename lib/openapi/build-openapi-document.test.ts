import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./build-openapi-document";

type TOperation = {
  requestBody?: { content: { "application/json": { schema: { required?: string[]; properties: Record<string, unknown> } } } };
  responses: Record<string, { content: { "application/json": { schema: { properties?: Record<string, unknown> } } } }>;
  "x-waymark-permission"?: string;
};

describe("OpenAPI document", () => {
  const doc = buildOpenApiDocument("http://localhost:3000");
  const op = (path: string, method: string) => (doc.paths[path] as Record<string, TOperation> | undefined)?.[method];

  it("lists the public journey JSON Schema endpoint without authentication", () => {
    const get = doc.paths["/api/v1/schema/journey"]?.get as { security: unknown[] } | undefined;
    expect(get?.security).toEqual([]);
  });

  it("marks ingestion as write-key authenticated (Basic as Segment sends it, or Bearer), not session or management key", () => {
    for (const path of ["/api/v1/track", "/api/v1/identify", "/api/v1/batch"]) {
      const post = doc.paths[path]?.post as { security: unknown[] } | undefined;
      expect(post?.security, path).toEqual([{ writeKeyBasic: [] }, { writeKeyBearer: [] }]);
    }
    expect(doc.components.securitySchemes.writeKeyBasic).toMatchObject({ type: "http", scheme: "basic" });
    const profiles = doc.paths["/api/v1/profiles"]?.get as { security: unknown[] } | undefined;
    expect(profiles?.security).toEqual([{ session: [] }, { managementKey: [] }]);
  });

  it("describes every journeys endpoint with its method", () => {
    expect(Object.keys(doc.paths["/api/v1/journeys"] ?? {}).sort()).toEqual(["get", "post"]);
    expect(Object.keys(doc.paths["/api/v1/journeys/{id}"] ?? {}).sort()).toEqual(["delete", "get", "put"]);
  });

  it("describes the path preview and the saved cases: previews and runs are read-only, saving needs write", () => {
    const expected: [string, string, string][] = [
      ["/api/v1/journeys/{id}/preview", "post", "journeys:read"],
      ["/api/v1/journeys/{id}/preview/compare", "post", "journeys:read"],
      ["/api/v1/journeys/{id}/tests", "get", "journeys:read"],
      ["/api/v1/journeys/{id}/tests", "post", "journeys:write"],
      ["/api/v1/journeys/{id}/tests/{caseId}", "delete", "journeys:write"],
      ["/api/v1/journeys/{id}/tests/run", "post", "journeys:read"],
      ["/api/v1/journeys/{id}/tests/impact", "get", "journeys:read"],
      ["/api/v1/journeys/{id}/tests/import", "post", "journeys:write"],
      ["/api/v1/journeys/{id}/export", "get", "journeys:read"],
    ];
    for (const [path, method, permission] of expected) expect(op(path, method)?.["x-waymark-permission"], `${method} ${path}`).toBe(permission);
    const preview = op("/api/v1/journeys/{id}/preview", "post")?.responses["200"]?.content["application/json"].schema;
    expect(Object.keys(preview?.properties ?? {})).toEqual(expect.arrayContaining(["steps", "messages", "path", "enrollment", "stoppedBecause"]));
  });

  it("describes publishing, versions, pause/resume and the template gallery", () => {
    const expected: [string, string, string][] = [
      ["/api/v1/journeys/{id}/validate", "post", "journeys:read"],
      ["/api/v1/journeys/{id}/publish", "post", "journeys:write"],
      ["/api/v1/journeys/{id}/versions", "get", "journeys:read"],
      ["/api/v1/journeys/{id}/pause", "post", "journeys:write"],
      ["/api/v1/journeys/{id}/resume", "post", "journeys:write"],
      ["/api/v1/templates/journeys", "get", "journeys:read"],
    ];
    for (const [path, method, permission] of expected) {
      expect(Object.keys(doc.paths[path] ?? {}), path).toEqual([method]);
      expect(op(path, method)?.["x-waymark-permission"], path).toBe(permission);
    }
    expect(Object.keys(op("/api/v1/journeys/{id}/publish", "post")?.responses ?? {})).toEqual(expect.arrayContaining(["201", "409"]));
    const versions = op("/api/v1/journeys/{id}/versions", "get")?.responses["200"]?.content["application/json"].schema;
    expect(Object.keys(versions?.properties ?? {}).sort()).toEqual(["diff", "versions"]);
  });

  it("derives request bodies from the zod schemas that validate them", () => {
    const schema = op("/api/v1/journeys", "post")?.requestBody?.content["application/json"].schema;
    // `name` may be left out when `template` is given, so neither is required on its own.
    expect(schema?.required ?? []).not.toContain("name");
    expect(Object.keys(schema?.properties ?? {})).toEqual(expect.arrayContaining(["name", "template", "description", "graph"]));
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

  it("describes the identity rules settings: read by every role, changed with settings:write, the body from its zod schema", () => {
    expect(Object.keys(doc.paths["/api/v1/settings/identity"] ?? {}).sort()).toEqual(["get", "put"]);
    expect(op("/api/v1/settings/identity", "get")?.["x-waymark-permission"]).toBe("journeys:read");
    expect(op("/api/v1/settings/identity", "put")?.["x-waymark-permission"]).toBe("settings:write");
    expect(op("/api/v1/settings/identity", "put")?.requestBody?.content["application/json"].schema.required?.sort()).toEqual(["limits", "priority"]);
    expect(Object.keys(op("/api/v1/settings/identity", "get")?.responses["200"]?.content["application/json"].schema.properties ?? {}).sort()).toEqual(["defaults", "dropped", "rules"]);
  });

  it("is valid JSON that survives a round trip", () => {
    expect(JSON.parse(JSON.stringify(doc)).openapi).toBe("3.1.0");
  });
});
