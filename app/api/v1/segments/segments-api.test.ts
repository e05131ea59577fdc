import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestManagementKey, createTestWorkspace } from "@/lib/db/testing/factories";
import { conditionArbitrary } from "@/components/journey-editor/condition-builder/condition-arbitrary";
import { createLiveJourney } from "@/lib/engine/runner/testing/runner-fixtures";
import { GET as history } from "./[id]/history/route";
import { GET as members } from "./[id]/members/route";
import { POST as recompute } from "./[id]/recompute/route";
import { DELETE, GET as getOne, PUT } from "./[id]/route";
import { POST as estimate } from "./estimate/route";
import { GET as list, POST } from "./route";

const base = "http://localhost/api/v1/segments";
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const noParams = ctx({} as Record<string, never>);

function req(url: string, key: string, init: { method?: string; body?: unknown; raw?: string } = {}) {
  const headers: Record<string, string> = { "content-type": "application/json", authorization: `Bearer ${key}` };
  return new Request(url, { method: init.method ?? "GET", headers, body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)) });
}

const pro = { kind: "trait", path: "plan", op: "equals", value: "pro" };

describe("segments API", () => {
  let workspaceId: string;
  let marketerKey: string;
  let analystKey: string;
  let otherKey: string;

  async function create(body: unknown, key = marketerKey) {
    const response = await POST(req(base, key, { method: "POST", body }), noParams);
    return { status: response.status, body: await response.json() };
  }

  beforeAll(async () => {
    workspaceId = (await createTestWorkspace()).id;
    marketerKey = await createTestManagementKey(workspaceId, "marketer");
    analystKey = await createTestManagementKey(workspaceId, "analyst");
    otherKey = await createTestManagementKey((await createTestWorkspace("Other")).id, "admin");
    await db.profile.createMany({ data: Array.from({ length: 30 }, (_, i) => ({ workspaceId, traits: { plan: i < 10 ? "pro" : "free" } })) });
  });

  it("creates a segment, computes it, lists it and pages its members", async () => {
    const created = await create({ name: "Pros", description: "On the pro plan", definition: pro });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "Pros", definition: pro, latestRecompute: { kind: "segmentRecompute" } });
    // The first recompute runs in the background; wait for it like the page does.
    await expect.poll(async () => (await db.segment.findUniqueOrThrow({ where: { id: created.body.id } })).computedAt, { timeout: 10_000 }).not.toBeNull();
    const listed = await (await list(req(base, analystKey), noParams)).json();
    expect(listed.segments.find((s: { id: string }) => s.id === created.body.id)).toMatchObject({ memberCount: 10, usedBy: [] });
    const page1 = await (await members(req(`${base}/${created.body.id}/members?limit=6`, analystKey), ctx({ id: created.body.id }))).json();
    expect(page1.members).toHaveLength(6);
    const page2 = await (await members(req(`${base}/${created.body.id}/members?limit=6&after=${page1.nextCursor}`, analystKey), ctx({ id: created.body.id }))).json();
    expect(page2.members).toHaveLength(4);
    expect(page2.nextCursor).toBeNull();
    const changes = await (await history(req(`${base}/${created.body.id}/history`, analystKey), ctx({ id: created.body.id }))).json();
    expect(changes.perDay.reduce((n: number, d: { entered: number }) => n + d.entered, 0)).toBe(10);
    expect((await getOne(req(`${base}/${created.body.id}`, otherKey), ctx({ id: created.body.id }))).status).toBe(404);
  });

  it("estimates an unsaved definition exactly in a small workspace", async () => {
    const response = await estimate(req(`${base}/estimate`, analystKey, { method: "POST", body: { definition: { kind: "not", condition: pro } } }), noParams);
    expect(await response.json()).toEqual({ count: 20, exact: true, low: 20, high: 20, evaluated: 30, totalProfiles: 30 });
  });

  it("refuses bad definitions with the path of the fault", async () => {
    const engagement = await create({ name: "Openers", definition: { kind: "all", conditions: [pro, { kind: "engagement", nodeId: "n1", engagement: "opened" }] } });
    expect(engagement.status).toBe(400);
    expect(engagement.body.path).toBe("definition.conditions.1");
    const unknown = await create({ name: "Ghosts", definition: { kind: "not", condition: { kind: "segment", segmentId: "nope", inSegment: true } } });
    expect(unknown).toMatchObject({ status: 400, body: { path: "definition.condition.segmentId" } });
    const blank = await create({ name: "Blank", definition: { kind: "trait", path: " ", op: "exists" } });
    expect(blank).toMatchObject({ status: 400, body: { path: "definition" } });
    const shape = await create({ name: "Shape", definition: { kind: "trait", path: "age", op: "gt", value: "old" } });
    expect(shape).toMatchObject({ status: 400, body: { path: "definition.value" } });
    const name = await create({ name: "  ", definition: pro });
    expect(name).toMatchObject({ status: 400, body: { path: "name" } });
  });

  it("refuses a duplicate name with 409", async () => {
    expect((await create({ name: "Twins", definition: pro })).status).toBe(201);
    const twin = await create({ name: "Twins", definition: pro });
    expect(twin.status).toBe(409);
    expect(twin.body.error).toMatch(/already exists/);
  });

  it("refuses segments that read each other in a circle, itself included", async () => {
    const a = (await create({ name: "Cycle A", definition: pro })).body;
    const b = (await create({ name: "Cycle B", definition: { kind: "segment", segmentId: a.id, inSegment: true } })).body;
    const loop = await PUT(req(`${base}/${a.id}`, marketerKey, { method: "PUT", body: { definition: { kind: "any", conditions: [pro, { kind: "segment", segmentId: b.id, inSegment: false }] } } }), ctx({ id: a.id }));
    expect(loop.status).toBe(400);
    const loopBody = await loop.json();
    expect(loopBody.path).toBe("definition.conditions.1.segmentId");
    expect(loopBody.error).toMatch(/this segment → "Cycle B" → this segment/);
    const self = await PUT(req(`${base}/${a.id}`, marketerKey, { method: "PUT", body: { definition: { kind: "segment", segmentId: a.id, inSegment: true } } }), ctx({ id: a.id }));
    expect(self.status).toBe(400);
  });

  it("refuses to archive a segment a live journey or another segment uses, naming them", async () => {
    const used = (await create({ name: "Audience", definition: pro })).body;
    const reader = (await create({ name: "Reader", definition: { kind: "segment", segmentId: used.id, inSegment: true } })).body;
    const byReader = await DELETE(req(`${base}/${used.id}`, marketerKey, { method: "DELETE" }), ctx({ id: used.id }));
    expect(byReader.status).toBe(409);
    expect((await byReader.json()).error).toMatch(/segment "Reader"/);
    expect((await DELETE(req(`${base}/${reader.id}`, marketerKey, { method: "DELETE" }), ctx({ id: reader.id }))).status).toBe(200);
    await createLiveJourney(db, workspaceId, {
      nodes: [
        { id: "t", type: "trigger", position: { x: 0, y: 0 }, data: { source: { kind: "segmentEntry", segmentId: used.id }, reentry: "never" } },
        { id: "x", type: "exit", position: { x: 0, y: 200 }, data: { reason: "done" } },
      ],
      edges: [{ id: "e1", source: "t", sourceHandle: "next", target: "x" }],
    } as Parameters<typeof createLiveJourney>[2]);
    const byJourney = await DELETE(req(`${base}/${used.id}`, marketerKey, { method: "DELETE" }), ctx({ id: used.id }));
    expect(byJourney.status).toBe(409);
    expect((await byJourney.json()).journeys).toHaveLength(1);
  });

  it("lets analysts read but not write", async () => {
    expect((await create({ name: "Analyst's", definition: pro }, analystKey)).status).toBe(403);
    const some = (await create({ name: "For recompute", definition: pro })).body;
    expect((await recompute(req(`${base}/${some.id}/recompute`, analystKey, { method: "POST" }), ctx({ id: some.id }))).status).toBe(403);
  });

  it("answers 202 with a job for a recompute, and 409 naming it while it runs", async () => {
    const some = (await create({ name: "Recomputed", definition: pro })).body;
    await expect.poll(async () => (await db.segment.findUniqueOrThrow({ where: { id: some.id } })).computedAt, { timeout: 10_000 }).not.toBeNull();
    const started = await recompute(req(`${base}/${some.id}/recompute`, marketerKey, { method: "POST" }), ctx({ id: some.id }));
    expect(started.status).toBe(202);
    const { job } = await started.json();
    expect(job).toMatchObject({ kind: "segmentRecompute", total: 30, input: { segmentId: some.id } });
    const again = await recompute(req(`${base}/${some.id}/recompute`, marketerKey, { method: "POST" }), ctx({ id: some.id }));
    if (again.status === 409) expect((await again.json()).jobId).toBe(job.id);
    else expect(again.status).toBe(202); // the first one already finished: 30 profiles are quick
  });

  it("never answers 5xx, whatever the body", async () => {
    const existing = (await create({ name: "Fuzz target", definition: pro })).body;
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json(), fc.string(), fc.record({ name: fc.oneof(fc.string(), fc.integer()), definition: fc.anything() }, { requiredKeys: [] })), fc.constantFrom("create", "update", "estimate", "members"), async (body, target) => {
        const raw = typeof body === "string" ? body : JSON.stringify(body);
        const response =
          target === "create"
            ? await POST(req(base, marketerKey, { method: "POST", raw }), noParams)
            : target === "update"
              ? await PUT(req(`${base}/${existing.id}`, marketerKey, { method: "PUT", raw }), ctx({ id: existing.id }))
              : target === "estimate"
                ? await estimate(req(`${base}/estimate`, marketerKey, { method: "POST", raw }), noParams)
                : await members(req(`${base}/${existing.id}/members?after=${encodeURIComponent(raw.slice(0, 50))}&limit=${encodeURIComponent(raw.slice(0, 5))}`, marketerKey), ctx({ id: existing.id }));
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 120 },
    );
  });

  it("answers every schema-valid definition with 2xx or 4xx, estimating or saving", async () => {
    await fc.assert(
      fc.asyncProperty(conditionArbitrary, fc.boolean(), async (definition, save) => {
        const response = save
          ? await POST(req(base, marketerKey, { method: "POST", body: { name: crypto.randomUUID(), definition } }), noParams)
          : await estimate(req(`${base}/estimate`, marketerKey, { method: "POST", body: { definition } }), noParams);
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });
});
