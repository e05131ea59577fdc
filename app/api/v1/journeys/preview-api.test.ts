import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { asJson } from "@/lib/db/json";
import { createTestManagementKey, createTestWorkspace } from "@/lib/db/testing/factories";
import type { TJourneyGraph } from "@/lib/journey/graph";
import { createJourneyFromTemplate } from "@/lib/journeys/create-journey-from-template";
import { PREVIEW_LIMITS } from "@/lib/preview/preview-schemas";
import { GET as exportJourney } from "./[id]/export/route";
import { POST as compare } from "./[id]/preview/compare/route";
import { POST as preview } from "./[id]/preview/route";
import { POST as publish } from "./[id]/publish/route";
import { DELETE as deleteCase } from "./[id]/tests/[caseId]/route";
import { GET as impact } from "./[id]/tests/impact/route";
import { POST as importCases } from "./[id]/tests/import/route";
import { GET as listCases, POST as saveCase } from "./[id]/tests/route";
import { POST as runCases } from "./[id]/tests/run/route";

const base = "http://localhost/api/v1/journeys";
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });

function req(url: string, key: string, init: { method?: string; body?: unknown } = {}) {
  return new Request(url, { method: init.method ?? "GET", headers: { "content-type": "application/json", authorization: `Bearer ${key}` }, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}

/** A shopper who exists only in the request: reachable by email, push and SMS consent not given. */
const input = {
  profile: { traits: { first_name: "Jane" }, consent: { email: "subscribed" }, identities: [{ kind: "email", value: "jane@example.test" }] },
  start: "2026-03-02T14:00:00Z",
  events: [{ event: "Cart Abandoned", at: "2026-03-02T14:00:00Z", properties: { cart_url: "https://shop.test/c/9" } }],
};

describe("preview and saved cases API", () => {
  let workspaceId: string;
  let marketer: string;
  let analyst: string;
  let journeyId: string;
  beforeAll(async () => {
    workspaceId = (await createTestWorkspace()).id;
    marketer = await createTestManagementKey(workspaceId, "marketer");
    analyst = await createTestManagementKey(workspaceId, "analyst");
    journeyId = (await createJourneyFromTemplate(workspaceId, null, { templateId: "cascade" })).id;
  });
  const call = <P>(handler: (r: Request, c: { params: Promise<P> }) => Promise<Response>, params: P, key: string, method = "POST", body?: unknown, path = "x") =>
    handler(req(`${base}/${journeyId}/${path}`, key, { method, body }), ctx(params));

  it("lets an analyst preview (read-only) and answers with the path", async () => {
    const response = await call(preview, { id: journeyId }, analyst, "POST", input);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.steps.map((s: { nodeId: string; action: string }) => `${s.nodeId}:${s.action}`)).toContain("email:sent");
    expect(body.messages[0]).toMatchObject({ channel: "email", recipient: "jane@example.test", content: { subject: "Jane, your cart is waiting" } });
  });

  it("answers bad input with 400 JSON naming the field", async () => {
    const bad = async (body: unknown) => {
      const response = await call(preview, { id: journeyId }, analyst, "POST", body);
      expect(response.status).toBe(400);
      return (await response.json()).path;
    };
    expect(await bad({ ...input, events: [{ event: "Cart Abandoned", at: "yesterday" }] })).toBe("events.0.at");
    expect(await bad({ ...input, events: [{ event: 42, at: input.start }] })).toBe("events.0.event");
    expect(await bad({ ...input, events: Array.from({ length: PREVIEW_LIMITS.maxEvents + 1 }, () => input.events[0]) })).toBe("events");
    expect(await bad({ ...input, assume: { "wait-24h": { opened: "never" } } })).toBe("assume.wait-24h");
    expect(await bad({ ...input, profileId: "nobody-here" })).toBe("profileId");
    expect(await bad({ ...input, version: 3 })).toBe("version");
    expect(await bad({ ...input, until: "2027-06-01T00:00:00Z" })).toBe("until");
    expect(await bad({ ...input, profile: { traits: { x: "a\u0000b" } } })).toBe("profile.traits.x");
    expect(await bad({ ...input, events: [{ event: "Cart Abandoned", after: { amount: -100_000, unit: "weeks" } }] })).toBe("events.0.after");
    expect(await bad({ ...input, start: "1900-01-01T00:00:00Z" })).toBe("start");
    expect((await call(preview, { id: "nope\u0000" }, analyst, "POST", input)).status).toBe(404);
  });

  it("compares the draft with the live version and names the first step where they part", async () => {
    const published = await call(publish, { id: journeyId }, marketer);
    expect(published.status).toBe(201);
    const draft = (await db.journey.findUniqueOrThrow({ where: { id: journeyId } })).draft as TJourneyGraph;
    const shorter = { ...draft, nodes: draft.nodes.map((n) => (n.id === "wait-24h" ? { ...n, data: { mode: "duration", duration: { amount: 12, unit: "hours" } } } : n)) };
    await db.journey.update({ where: { id: journeyId }, data: { draft: asJson(shorter) } });
    const response = await call(compare, { id: journeyId }, analyst, "POST", { ...input, versions: [1, "draft"] });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.results.map((r: { version: unknown }) => r.version)).toEqual([{ kind: "published", number: 1 }, { kind: "draft", number: null }]);
    expect(body.firstDifference).toMatchObject({ index: 4, a: { nodeId: "wait-24h", action: "resumed", at: "2026-03-03T14:00:00.000Z" }, b: { nodeId: "wait-24h", action: "resumed", at: "2026-03-03T02:00:00.000Z" } });
    await db.journey.update({ where: { id: journeyId }, data: { draft: asJson(draft) } });
  });

  it("saves a case with the current path as expected (writers only), reruns it, and shows what a changed draft breaks", async () => {
    expect((await call(saveCase, { id: journeyId }, analyst, "POST", { name: "Jane, no SMS", input })).status).toBe(403);
    const saved = await call(saveCase, { id: journeyId }, marketer, "POST", { name: "Jane, no SMS", input });
    expect(saved.status).toBe(201);
    const testCase = await saved.json();
    expect(testCase.expected.slice(0, 4)).toEqual([
      { nodeId: "trigger", action: "entered", handle: "next", offsetMs: 0 },
      { nodeId: "skip-recent-buyers", action: "passed", handle: "next", offsetMs: 0 },
      { nodeId: "email", action: "sent", handle: "next", offsetMs: 0 },
      { nodeId: "wait-24h", action: "waiting", offsetMs: 0 },
    ]);
    expect(testCase.input.events[0]).toEqual({ type: "track", event: "Cart Abandoned", after: { amount: 0, unit: "minutes" }, properties: { cart_url: "https://shop.test/c/9" } });
    expect(testCase.input.duration).toEqual({ amount: 90, unit: "days" });
    expect((await call(saveCase, { id: journeyId }, marketer, "POST", { name: "Jane, no SMS", input })).status).toBe(409);
    // What a JSON column cannot hold (PostgreSQL refuses NUL) is a 400 naming it, never a 500.
    const nul = await call(saveCase, { id: journeyId }, marketer, "POST", { name: "NUL", input: { ...input, profile: { ...input.profile, traits: { first_name: "Ja\u0000ne" } } } });
    expect(nul.status).toBe(400);
    expect((await nul.json()).path).toBe("input.profile.traits.first_name");
    const nulImport = await call(importCases, { id: journeyId }, marketer, "POST", { testCases: [{ name: "Bad", input: { profileId: "p", profile: { topics: { "t\u0000": "subscribed" } } }, expected: [] }] });
    expect(nulImport.status).toBe(400);

    const run = await (await call(runCases, { id: journeyId }, analyst, "POST", {})).json();
    expect(run).toMatchObject({ version: { kind: "draft" }, passed: 1, failed: 0, cases: [{ name: "Jane, no SMS", passed: true, firstDifference: null }] });
    expect(await (await call(impact, { id: journeyId }, analyst, "GET")).json()).toMatchObject({ liveVersion: 1, total: 1, failing: [], changed: [] });

    const draft = (await db.journey.findUniqueOrThrow({ where: { id: journeyId } })).draft as TJourneyGraph;
    const shorter = { ...draft, nodes: draft.nodes.map((n) => (n.id === "wait-24h" ? { ...n, data: { mode: "duration", duration: { amount: 12, unit: "hours" } } } : n)) };
    await db.journey.update({ where: { id: journeyId }, data: { draft: asJson(shorter) } });
    const broken = await (await call(runCases, { id: journeyId }, analyst, "POST", {})).json();
    expect(broken.cases[0]).toMatchObject({ passed: false, firstDifference: { index: 4, expected: { nodeId: "wait-24h", action: "resumed", offsetMs: 86_400_000 }, actual: { nodeId: "wait-24h", action: "resumed", offsetMs: 43_200_000 } } });
    const onLive = await (await call(runCases, { id: journeyId }, analyst, "POST", { version: 1 })).json();
    expect(onLive).toMatchObject({ version: { kind: "published", number: 1 }, passed: 1 });
    expect(await (await call(impact, { id: journeyId }, analyst, "GET")).json()).toMatchObject({ failing: [{ name: "Jane, no SMS", passed: false }], changed: [{ name: "Jane, no SMS", passedLive: true, passedDraft: false }] });

    const refused = await call(publish, { id: journeyId }, marketer, "POST", { requirePassingTests: true });
    expect(refused.status).toBe(409);
    expect((await refused.json()).failingTests).toHaveLength(1);
    expect((await call(publish, { id: journeyId }, marketer)).status).toBe(201);
  });

  it("carries cases in the export and imports them into another journey; deletes them", async () => {
    const file = await (await call(exportJourney, { id: journeyId }, analyst, "GET")).json();
    expect(file).toMatchObject({ name: expect.any(String), graph: { nodes: expect.any(Array) }, testCases: [{ name: "Jane, no SMS", expected: expect.any(Array) }] });
    const other = (await createJourneyFromTemplate(workspaceId, null, { templateId: "cascade" })).id;
    const imported = await importCases(req(`${base}/${other}/tests/import`, marketer, { method: "POST", body: { testCases: file.testCases } }), ctx({ id: other }));
    expect(imported.status).toBe(200);
    expect((await imported.json()).cases.map((c: { name: string }) => c.name)).toEqual(["Jane, no SMS"]);
    const listed = await (await listCases(req(`${base}/${other}/tests`, analyst), ctx({ id: other }))).json();
    expect(listed.cases[0].input).toEqual(file.testCases[0].input);
    const caseId = listed.cases[0].id;
    expect((await deleteCase(req(`${base}/${other}/tests/${caseId}`, analyst, { method: "DELETE" }), ctx({ id: other, caseId }))).status).toBe(403);
    expect((await deleteCase(req(`${base}/${other}/tests/${caseId}`, marketer, { method: "DELETE" }), ctx({ id: other, caseId }))).status).toBe(200);
    expect((await deleteCase(req(`${base}/${other}/tests/${caseId}`, marketer, { method: "DELETE" }), ctx({ id: other, caseId }))).status).toBe(404);
    expect((await deleteCase(req(`${base}/${other}/tests/x`, marketer, { method: "DELETE" }), ctx({ id: other, caseId: "x\u0000" }))).status).toBe(404);
  });
});
