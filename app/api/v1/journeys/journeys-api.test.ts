import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestManagementKey, createTestWorkspace } from "@/lib/db/testing/factories";
import { GET as getOne, PUT, DELETE } from "./[id]/route";
import { GET as list, POST } from "./route";

const base = "http://localhost/api/v1/journeys";
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const noParams = ctx({} as Record<string, never>);

function req(url: string, key: string | null, init: { method?: string; body?: unknown; raw?: string } = {}) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (key) headers.authorization = `Bearer ${key}`;
  return new Request(url, { method: init.method ?? "GET", headers, body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)) });
}

const triggerMessageExit = {
  nodes: [
    { id: "t", type: "trigger", position: { x: 0, y: 0 }, data: { source: { kind: "event", event: "Signed Up" }, reentry: "never" } },
    { id: "x", type: "exit", position: { x: 0, y: 200 }, data: { reason: "done" } },
  ],
  edges: [{ id: "e1", source: "t", sourceHandle: "next", target: "x" }],
};

describe("journeys API with management keys", () => {
  let marketerKey: string;
  let analystKey: string;
  let otherWorkspaceKey: string;

  beforeAll(async () => {
    const workspace = await createTestWorkspace();
    marketerKey = await createTestManagementKey(workspace.id, "marketer");
    analystKey = await createTestManagementKey(workspace.id, "analyst");
    otherWorkspaceKey = await createTestManagementKey((await createTestWorkspace("Other")).id, "admin");
  });

  // Requests without any credentials go through Auth.js's session lookup, which needs a live
  // Next.js request; e2e/sign-in.spec.ts covers that 401.
  it("refuses an unknown or malformed key with 401", async () => {
    expect((await list(req(base, "not a bearer token at all"), noParams)).status).toBe(401);
    expect((await list(req(base, "wm_mgmt_not-a-real-key"), noParams)).status).toBe(401);
  });

  it("creates a blank journey that starts with a lone trigger, then lists and reads it", async () => {
    const created = await POST(req(base, marketerKey, { method: "POST", body: { name: "Welcome" } }), noParams);
    expect(created.status).toBe(201);
    const journey = await created.json();
    expect(journey.status).toBe("draft");
    expect(journey.graph.nodes.map((n: { type: string }) => n.type)).toEqual(["trigger"]);
    const listed = await (await list(req(base, marketerKey), noParams)).json();
    expect(listed.journeys.map((j: { id: string }) => j.id)).toContain(journey.id);
    const read = await getOne(req(`${base}/${journey.id}`, analystKey), ctx({ id: journey.id }));
    expect(read.status).toBe(200);
  });

  it("gives analysts 403 on every write and changes nothing", async () => {
    const journey = await (await POST(req(base, marketerKey, { method: "POST", body: { name: "Guarded" } }), noParams)).json();
    expect((await POST(req(base, analystKey, { method: "POST", body: { name: "Nope" } }), noParams)).status).toBe(403);
    expect((await PUT(req(`${base}/${journey.id}`, analystKey, { method: "PUT", body: { name: "Renamed" } }), ctx({ id: journey.id }))).status).toBe(403);
    expect((await DELETE(req(`${base}/${journey.id}`, analystKey, { method: "DELETE" }), ctx({ id: journey.id }))).status).toBe(403);
    const stored = await db.journey.findUniqueOrThrow({ where: { id: journey.id } });
    expect(stored.name).toBe("Guarded");
    expect(stored.status).toBe("draft");
  });

  it("saves a valid graph and bumps the revision", async () => {
    const journey = await (await POST(req(base, marketerKey, { method: "POST", body: { name: "Saver" } }), noParams)).json();
    const saved = await PUT(req(`${base}/${journey.id}`, marketerKey, { method: "PUT", body: { graph: triggerMessageExit, revision: journey.revision } }), ctx({ id: journey.id }));
    expect(saved.status).toBe(200);
    const body = await saved.json();
    expect(body.revision).toBe(journey.revision + 1);
    expect(body.graph.edges).toHaveLength(1);
  });

  it("answers a malformed graph with 400 naming the zod path of the first problem, and keeps the stored graph", async () => {
    const journey = await (await POST(req(base, marketerKey, { method: "POST", body: { name: "Strict", graph: triggerMessageExit } }), noParams)).json();
    const before = await db.journey.findUniqueOrThrow({ where: { id: journey.id } });
    const broken = { ...triggerMessageExit, nodes: [triggerMessageExit.nodes[0], { id: "x", type: "teleport", position: { x: 0, y: 0 }, data: {} }] };
    const response = await PUT(req(`${base}/${journey.id}`, marketerKey, { method: "PUT", body: { graph: broken } }), ctx({ id: journey.id }));
    expect(response.status).toBe(400);
    const error = await response.json();
    expect(error.path).toMatch(/^graph\.nodes\.1/);
    expect(error.error).toContain("graph.nodes.1");
    const after = await db.journey.findUniqueOrThrow({ where: { id: journey.id } });
    expect(after.draft).toEqual(before.draft);
    expect(after.revision).toBe(before.revision);
  });

  it("rejects a body that is not JSON with 400 naming the body", async () => {
    const response = await POST(req(base, marketerKey, { method: "POST", raw: "{not json" }), noParams);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/^body: /);
  });

  it("refuses a save based on a stale revision with 409 (two tabs never overwrite each other)", async () => {
    const journey = await (await POST(req(base, marketerKey, { method: "POST", body: { name: "Two tabs" } }), noParams)).json();
    const first = await PUT(req(`${base}/${journey.id}`, marketerKey, { method: "PUT", body: { name: "Tab one", revision: journey.revision } }), ctx({ id: journey.id }));
    expect(first.status).toBe(200);
    const second = await PUT(req(`${base}/${journey.id}`, marketerKey, { method: "PUT", body: { name: "Tab two", revision: journey.revision } }), ctx({ id: journey.id }));
    expect(second.status).toBe(409);
    expect((await db.journey.findUniqueOrThrow({ where: { id: journey.id } })).name).toBe("Tab one");
  });

  it("archives on DELETE and hides the journey from the default list", async () => {
    const journey = await (await POST(req(base, marketerKey, { method: "POST", body: { name: "Old" } }), noParams)).json();
    const archived = await DELETE(req(`${base}/${journey.id}`, marketerKey, { method: "DELETE" }), ctx({ id: journey.id }));
    expect((await archived.json()).status).toBe("archived");
    const listed = await (await list(req(base, marketerKey), noParams)).json();
    expect(listed.journeys.map((j: { id: string }) => j.id)).not.toContain(journey.id);
    const withArchived = await (await list(req(`${base}?includeArchived=true`, marketerKey), noParams)).json();
    expect(withArchived.journeys.map((j: { id: string }) => j.id)).toContain(journey.id);
  });

  it("keeps workspaces apart: another workspace's key gets 404", async () => {
    const journey = await (await POST(req(base, marketerKey, { method: "POST", body: { name: "Private" } }), noParams)).json();
    expect((await getOne(req(`${base}/${journey.id}`, otherWorkspaceKey), ctx({ id: journey.id }))).status).toBe(404);
  });

  it("names the field of an invalid query parameter", async () => {
    const response = await list(req(`${base}?status=sleeping`, marketerKey), noParams);
    expect(response.status).toBe(400);
    expect((await response.json()).path).toBe("query.status");
  });
});
