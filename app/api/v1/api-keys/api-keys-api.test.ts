import { beforeAll, describe, expect, it } from "vitest";
import { authenticateManagementKey } from "@/lib/api-keys/authenticate-api-key";
import { authenticateWriteKey } from "@/lib/api-keys/authenticate-write-key";
import { hashApiKey } from "@/lib/api-keys/hash-api-key";
import { db } from "@/lib/db/client";
import { createTestManagementKey, createTestWorkspace } from "@/lib/db/testing/factories";
import { DELETE } from "./[id]/route";
import { GET, POST } from "./route";

const base = "http://localhost/api/v1/api-keys";
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const noParams = ctx({} as Record<string, never>);

function req(url: string, key: string, init: { method?: string; body?: unknown } = {}) {
  return new Request(url, { method: init.method ?? "GET", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}

describe("API keys API", () => {
  let workspaceId: string;
  let adminKey: string;
  let marketerKey: string;

  beforeAll(async () => {
    workspaceId = (await createTestWorkspace()).id;
    adminKey = await createTestManagementKey(workspaceId, "admin");
    marketerKey = await createTestManagementKey(workspaceId, "marketer");
  });

  it("creates a write key, returns the clear key once and stores only its hash and prefix", async () => {
    const response = await POST(req(base, adminKey, { method: "POST", body: { kind: "write", name: "Web app" } }), noParams);
    expect(response.status).toBe(201);
    const created = await response.json();
    expect(created).toMatchObject({ kind: "write", name: "Web app", role: null });
    expect(created.key).toMatch(/^wm_write_/);
    expect(created.key.startsWith(created.prefix)).toBe(true);
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.keyHash).toBe(hashApiKey(created.key));
    expect(JSON.stringify(row)).not.toContain(created.key);
    const listed = await (await GET(req(base, adminKey), noParams)).json();
    const summary = listed.apiKeys.find((k: { id: string }) => k.id === created.id);
    expect(summary).toMatchObject({ kind: "write", prefix: created.prefix, revokedAt: null });
    expect(summary.key).toBeUndefined();
  });

  it("creates a management key with a role that then authenticates as that role", async () => {
    const created = await (await POST(req(base, adminKey, { method: "POST", body: { kind: "management", name: "CI", role: "marketer" } }), noParams)).json();
    expect(created.key).toMatch(/^wm_mgmt_/);
    const principal = await authenticateManagementKey(created.key);
    expect(principal).toMatchObject({ workspaceId, role: "marketer", kind: "apiKey" });
  });

  it("keeps the two kinds apart: a write key is no management key and vice versa", async () => {
    const write = await (await POST(req(base, adminKey, { method: "POST", body: { kind: "write", name: "Server" } }), noParams)).json();
    expect(await authenticateManagementKey(write.key)).toBeNull();
    expect(await authenticateWriteKey(write.key)).toMatchObject({ workspaceId, apiKeyId: write.id });
    expect(await authenticateWriteKey(adminKey)).toBeNull();
    expect((await GET(req(base, write.key), noParams)).status).toBe(401);
  });

  it("refuses a role on a write key and unknown fields, naming the field", async () => {
    const withRole = await POST(req(base, adminKey, { method: "POST", body: { kind: "write", name: "x", role: "admin" } }), noParams);
    expect(withRole.status).toBe(400);
    expect((await withRole.json()).path).toBe("role");
    const unknown = await POST(req(base, adminKey, { method: "POST", body: { kind: "write", name: "x", scopes: ["all"] } }), noParams);
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error).toContain("scopes");
    const badKind = await POST(req(base, adminKey, { method: "POST", body: { kind: "read", name: "x" } }), noParams);
    expect((await badKind.json()).path).toBe("kind");
  });

  it("lets only admins manage keys", async () => {
    expect((await GET(req(base, marketerKey), noParams)).status).toBe(403);
    expect((await POST(req(base, marketerKey, { method: "POST", body: { kind: "write", name: "Sneaky" } }), noParams)).status).toBe(403);
    expect(await db.apiKey.count({ where: { workspaceId, name: "Sneaky" } })).toBe(0);
  });

  it("revokes a key so it stops authenticating at once, and hides it from the default list", async () => {
    const write = await (await POST(req(base, adminKey, { method: "POST", body: { kind: "write", name: "Old app" } }), noParams)).json();
    const revoked = await DELETE(req(`${base}/${write.id}`, adminKey, { method: "DELETE" }), ctx({ id: write.id }));
    expect(revoked.status).toBe(200);
    const body = await revoked.json();
    expect(body.revokedAt).not.toBeNull();
    expect(await authenticateWriteKey(write.key)).toBeNull();
    const again = await (await DELETE(req(`${base}/${write.id}`, adminKey, { method: "DELETE" }), ctx({ id: write.id }))).json();
    expect(again.revokedAt).toBe(body.revokedAt);
    const active = await (await GET(req(base, adminKey), noParams)).json();
    expect(active.apiKeys.map((k: { id: string }) => k.id)).not.toContain(write.id);
    const all = await (await GET(req(`${base}?includeRevoked=true`, adminKey), noParams)).json();
    expect(all.apiKeys.map((k: { id: string }) => k.id)).toContain(write.id);
  });

  it("answers 404 for another workspace's key and leaves it working", async () => {
    const otherAdmin = await createTestManagementKey((await createTestWorkspace("Other")).id, "admin");
    const write = await (await POST(req(base, adminKey, { method: "POST", body: { kind: "write", name: "Mine" } }), noParams)).json();
    expect((await DELETE(req(`${base}/${write.id}`, otherAdmin, { method: "DELETE" }), ctx({ id: write.id }))).status).toBe(404);
    expect(await authenticateWriteKey(write.key)).not.toBeNull();
  });
});
