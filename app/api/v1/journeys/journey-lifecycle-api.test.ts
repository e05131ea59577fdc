import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestManagementKey, createTestWorkspace } from "@/lib/db/testing/factories";
import { journeyTemplates } from "@/lib/journey/templates";
import { createTestEmailTemplate, publishableGraph } from "@/lib/journeys/testing/journey-factories";
import { GET as listTemplates } from "../templates/journeys/route";
import { PUT } from "./[id]/route";
import { POST as pause } from "./[id]/pause/route";
import { POST as publish } from "./[id]/publish/route";
import { POST as resume } from "./[id]/resume/route";
import { POST as validate } from "./[id]/validate/route";
import { GET as versions } from "./[id]/versions/route";
import { POST as create } from "./route";

const base = "http://localhost/api/v1/journeys";
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const noParams = ctx({} as Record<string, never>);

function req(url: string, key: string, init: { method?: string; body?: unknown } = {}) {
  return new Request(url, {
    method: init.method ?? "GET",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

describe("journey lifecycle API", () => {
  let workspaceId: string;
  let marketerKey: string;
  let analystKey: string;

  beforeAll(async () => {
    workspaceId = (await createTestWorkspace()).id;
    marketerKey = await createTestManagementKey(workspaceId, "marketer");
    analystKey = await createTestManagementKey(workspaceId, "analyst");
  });

  async function createPublishable(name = "Lifecycle"): Promise<{ id: string; revision: number }> {
    const template = await createTestEmailTemplate(workspaceId);
    const response = await create(req(base, marketerKey, { method: "POST", body: { name, graph: publishableGraph(template.id) } }), noParams);
    expect(response.status).toBe(201);
    return response.json();
  }
  const post = (handler: typeof publish, id: string, key: string, body?: unknown) => handler(req(`${base}/${id}/x`, key, { method: "POST", body }), ctx({ id }));

  it("publishes with 201 and the new version, then lists it in the history", async () => {
    const journey = await createPublishable();
    const response = await post(publish, journey.id, marketerKey);
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.version).toMatchObject({ version: 1, author: null, publishedAt: expect.any(String) });
    expect(body.journey).toMatchObject({ id: journey.id, status: "live", liveVersion: 1 });

    const history = await (await versions(req(`${base}/${journey.id}/versions`, analystKey), ctx({ id: journey.id }))).json();
    expect(history.versions).toEqual([expect.objectContaining({ version: 1, live: true, nodeCount: 3 })]);
    expect(history.diff).toMatchObject({ liveVersion: 1, added: [], removed: [], changed: [], unchanged: true });
  });

  it("answers a draft with errors with 409, `error` counting them and `issues` listing them", async () => {
    const blank = await (await create(req(base, marketerKey, { method: "POST", body: { name: "Blank" } }), noParams)).json();
    const response = await post(publish, blank.id, marketerKey);
    expect(response.status).toBe(409);
    const body = await response.json();
    expect(body.error).toMatch(/^graph: \d+ validation errors? blocks? publishing$/);
    expect(body.issues).toEqual(expect.arrayContaining([expect.objectContaining({ severity: "error", code: expect.any(String), fix: expect.any(String) })]));
    expect(await db.journeyVersion.count({ where: { journeyId: blank.id } })).toBe(0);
  });

  it("answers 409 \"nothing changed since version 1\" to a second publish without edits", async () => {
    const journey = await createPublishable();
    await post(publish, journey.id, marketerKey);
    const again = await post(publish, journey.id, marketerKey);
    expect(again.status).toBe(409);
    expect((await again.json()).error).toMatch(/^nothing changed since version 1/);
  });

  it("lets analysts validate (a read) but not publish, pause or resume (403, nothing changes)", async () => {
    const journey = await createPublishable();
    const validation = await post(validate, journey.id, analystKey);
    expect(validation.status).toBe(200);
    expect(await validation.json()).toEqual({ issues: [], hasErrors: false });

    expect((await post(publish, journey.id, analystKey)).status).toBe(403);
    expect(await db.journeyVersion.count({ where: { journeyId: journey.id } })).toBe(0);
    await post(publish, journey.id, marketerKey);
    expect((await post(pause, journey.id, analystKey)).status).toBe(403);
    await post(pause, journey.id, marketerKey);
    expect((await post(resume, journey.id, analystKey)).status).toBe(403);
    expect((await db.journey.findUniqueOrThrow({ where: { id: journey.id } })).status).toBe("paused");
  });

  it("validates a submitted graph and names the path of one that does not parse", async () => {
    const journey = await createPublishable();
    const lone = await post(validate, journey.id, marketerKey, { graph: { nodes: [{ id: "t", type: "trigger", position: { x: 0, y: 0 }, data: { source: { kind: "api" }, reentry: "never" } }], edges: [] } });
    expect((await lone.json()).hasErrors).toBe(true);
    const broken = await post(validate, journey.id, marketerKey, { graph: { nodes: [{ id: "t", type: "teleport" }], edges: [] } });
    expect(broken.status).toBe(400);
    expect((await broken.json()).path).toMatch(/^graph\.nodes\.0/);
  });

  it("pauses and resumes, returning the journey, and explains a refused transition with 400 on `status`", async () => {
    const journey = await createPublishable();
    expect((await post(pause, journey.id, marketerKey)).status).toBe(400);
    await post(publish, journey.id, marketerKey);
    const paused = await post(pause, journey.id, marketerKey);
    expect(paused.status).toBe(200);
    expect(await paused.json()).toMatchObject({ status: "paused", liveVersion: 1 });
    const twice = await post(pause, journey.id, marketerKey);
    expect(twice.status).toBe(400);
    expect(await twice.json()).toEqual({ error: "status: journey is already paused; resume it to run it again", path: "status" });
    expect(await (await post(resume, journey.id, marketerKey)).json()).toMatchObject({ status: "live" });
  });

  it("answers 404 for journeys of other workspaces", async () => {
    const journey = await createPublishable();
    const otherKey = await createTestManagementKey((await createTestWorkspace("Other")).id, "admin");
    for (const handler of [publish, pause, resume, validate]) expect((await post(handler, journey.id, otherKey)).status).toBe(404);
    expect((await versions(req(`${base}/${journey.id}/versions`, otherKey), ctx({ id: journey.id }))).status).toBe(404);
  });

  it("lists the template gallery for every role", async () => {
    const response = await listTemplates(req("http://localhost/api/v1/templates/journeys", analystKey), noParams);
    expect(response.status).toBe(200);
    const { templates } = await response.json();
    expect(templates.map((t: { id: string }) => t.id)).toEqual(journeyTemplates.map((t) => t.id));
    expect(templates.find((t: { id: string }) => t.id === "cascade")).toEqual({
      id: "cascade",
      name: "Cart recovery cascade",
      description: expect.any(String),
      pattern: "cascade",
      nodeCount: 12,
      channels: ["email", "sms", "push"],
    });
  });

  it("creates a journey from a template with POST { template }, named after it unless told otherwise", async () => {
    const response = await create(req(base, marketerKey, { method: "POST", body: { template: "cascade" } }), noParams);
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ name: "Cart recovery cascade", status: "draft", nodeCount: 12 });
    const named = await (await create(req(base, marketerKey, { method: "POST", body: { template: "cascade", name: "Cascade B" } }), noParams)).json();
    expect(named.name).toBe("Cascade B");
    const validation = await (await post(validate, named.id, marketerKey)).json();
    expect(validation.hasErrors).toBe(false);
  });

  it("names the field when a create body is incomplete or contradictory", async () => {
    const cases: [unknown, string, RegExp][] = [
      [{}, "name", /^name: is required unless `template`/],
      [{ template: "nope" }, "template", /^template: unknown template "nope"; see GET \/api\/v1\/templates\/journeys$/],
      [{ template: "cascade", graph: { nodes: [], edges: [] } }, "graph", /^graph: cannot be combined with `template`/],
    ];
    for (const [body, path, message] of cases) {
      const response = await create(req(base, marketerKey, { method: "POST", body }), noParams);
      expect(response.status).toBe(400);
      const error = await response.json();
      expect(error.path).toBe(path);
      expect(error.error).toMatch(message);
    }
  });

  it("checks settings on save and names their path, keeping the stored settings", async () => {
    const journey = await createPublishable();
    const response = await PUT(req(`${base}/${journey.id}`, marketerKey, { method: "PUT", body: { settings: { entryLimit: { max: 0, per: { amount: 1, unit: "days" } } } } }), ctx({ id: journey.id }));
    expect(response.status).toBe(400);
    expect((await response.json()).path).toBe("settings.entryLimit.max");
    const ok = await PUT(req(`${base}/${journey.id}`, marketerKey, { method: "PUT", body: { settings: { frequencyCapExempt: true } } }), ctx({ id: journey.id }));
    expect((await ok.json()).settings).toEqual({ frequencyCapExempt: true });
  });
});
