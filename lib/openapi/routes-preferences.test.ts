import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./build-openapi-document";

describe("OpenAPI: preferences", () => {
  const doc = buildOpenApiDocument("http://localhost:3000");
  const permission = (path: string, method: string) => (doc.paths[path] as Record<string, { "x-waymark-permission"?: string; security: unknown[] }> | undefined)?.[method];

  it("documents the consent, preference-link and topic endpoints with their permissions", () => {
    const expected: [string, string, string][] = [
      ["/api/v1/profiles/{id}/consent", "get", "journeys:read"],
      ["/api/v1/profiles/{id}/consent", "put", "journeys:write"],
      ["/api/v1/profiles/{id}/preference-link", "get", "journeys:write"],
      ["/api/v1/topics", "post", "settings:write"],
      ["/api/v1/topics/{id}", "delete", "settings:write"],
    ];
    for (const [path, method, role] of expected) expect(permission(path, method)?.["x-waymark-permission"], `${method} ${path}`).toBe(role);
  });

  it("lists the one-click unsubscribe endpoint as public", () => {
    expect(permission("/api/unsubscribe/{token}", "post")?.security).toEqual([]);
  });
});
