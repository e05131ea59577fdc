import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listSteps } from "@/app/api/v1/enrollments/[id]/steps/route";
import { GET as listEnrollments } from "@/app/api/v1/enrollments/route";
import { db } from "../db/client";
import { buildOpenApiDocument } from "../openapi/build-openapi-document";
import { createTestManagementKey, createTestWorkspace } from "../db/testing/factories";
import { createLiveJourney, createRunnerWorkspace, emailThenSmsGraph } from "../engine/runner/testing/runner-fixtures";
import type { TEnrollmentDto, TStepLogLine } from "./enrollment-schemas";

const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const get = (url: string, key: string) => new Request(`http://localhost${url}`, { headers: { authorization: `Bearer ${key}` } });

type TWorld = { workspaceId: string; journeyId: string; versionId: string; key: string };

async function createWorld(): Promise<TWorld> {
  const world = await createRunnerWorkspace(db);
  const { journeyId, versionId } = await createLiveJourney(db, world.workspace.id, emailThenSmsGraph(world.emailTemplateId, world.smsTemplateId));
  return { workspaceId: world.workspace.id, journeyId, versionId, key: await createTestManagementKey(world.workspace.id, "analyst") };
}

/** An enrollment whose step log has one line per entry of `times` (many may share an instant, as one commit's lines do). */
async function enrollmentWithSteps(world: TWorld, times: readonly Date[], enteredAt = new Date("2026-03-01T00:00:00Z")) {
  const profile = await db.profile.create({ data: { workspaceId: world.workspaceId, traits: {} } });
  const enrollment = await db.enrollment.create({ data: { workspaceId: world.workspaceId, journeyId: world.journeyId, versionId: world.versionId, profileId: profile.id, state: "waiting", currentNodeId: "wait-1d", enteredAt } });
  await db.stepLog.createMany({
    data: times.map((at, i) => ({ workspaceId: world.workspaceId, enrollmentId: enrollment.id, journeyId: world.journeyId, versionId: world.versionId, nodeId: `n${i}`, nodeType: "wait", action: "waiting", reason: `line ${i}`, at })),
  });
  return enrollment.id;
}

/** The whole log in the database's own order (time, then id): what paging must reproduce. */
async function wholeLog(enrollmentId: string): Promise<string[]> {
  const rows = await db.stepLog.findMany({ where: { enrollmentId }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { id: true } });
  return rows.map((r) => r.id);
}

async function stepPage(world: TWorld, enrollmentId: string, query: string) {
  const response = await listSteps(get(`/api/v1/enrollments/${encodeURIComponent(enrollmentId)}/steps${query}`, world.key), ctx({ id: enrollmentId }));
  return { status: response.status, body: (await response.json()) as { steps: TStepLogLine[]; nextCursor: string | null; error?: string; path?: string } };
}

/** Follows nextCursor from `first` to the end; returns the page sizes and every step. */
async function followSteps(world: TWorld, enrollmentId: string, limit: number | null, first: { steps: TStepLogLine[]; nextCursor: string | null }) {
  const sizes = [first.steps.length];
  const steps = [...first.steps];
  let cursor = first.nextCursor;
  for (let guard = 0; cursor !== null; guard++) {
    if (guard > 10_000) throw new Error("the cursor never ended");
    const page = await stepPage(world, enrollmentId, `?cursor=${encodeURIComponent(cursor)}${limit === null ? "" : `&limit=${limit}`}`);
    expect(page.status).toBe(200);
    sizes.push(page.body.steps.length);
    steps.push(...page.body.steps);
    cursor = page.body.nextCursor;
  }
  return { sizes, steps };
}

describe("enrollment step logs, paged", () => {
  let world: TWorld;
  beforeAll(async () => {
    world = await createWorld();
  });

  it("lists an enrollment of 450 steps with its first 200, the count and a cursor; the rest come in pages of 200 and 50", async () => {
    // Three instants only: 150 lines share each, as a commit's lines share the pass's `now`.
    const times = Array.from({ length: 450 }, (_, i) => new Date(Date.parse("2026-03-01T00:00:00Z") + Math.floor(i / 150) * 1000));
    const id = await enrollmentWithSteps(world, times);
    const listed = await listEnrollments(get(`/api/v1/enrollments?journeyId=${world.journeyId}`, world.key), ctx({} as Record<string, never>));
    expect(listed.status).toBe(200);
    const { enrollments } = (await listed.json()) as { enrollments: TEnrollmentDto[] };
    const mine = enrollments.find((e) => e.id === id);
    expect(mine).toMatchObject({ stepCount: 450, stepsNextCursor: expect.any(String) });
    expect(mine?.steps).toHaveLength(200);

    const { sizes, steps } = await followSteps(world, id, null, { steps: mine?.steps ?? [], nextCursor: mine?.stepsNextCursor ?? null });
    expect(sizes).toEqual([200, 200, 50]);
    expect(steps.map((s) => s.id)).toEqual(await wholeLog(id));
    expect(new Set(steps.map((s) => s.reason)).size).toBe(450);

    // The endpoint from the start gives the same log.
    const first = await stepPage(world, id, "");
    expect(first.body.steps.map((s) => s.id)).toEqual(steps.slice(0, 200).map((s) => s.id));
  });

  it("says a short log is complete: every step, stepsNextCursor null", async () => {
    const id = await enrollmentWithSteps(world, [new Date("2026-03-02T00:00:00Z"), new Date("2026-03-02T00:00:00Z")]);
    const listed = (await (await listEnrollments(get(`/api/v1/enrollments?journeyId=${world.journeyId}&limit=200`, world.key), ctx({} as Record<string, never>))).json()) as { enrollments: TEnrollmentDto[] };
    expect(listed.enrollments.find((e) => e.id === id)).toMatchObject({ stepCount: 2, stepsNextCursor: null, steps: [expect.objectContaining({ reason: expect.any(String) }), expect.any(Object)] });
    expect((await stepPage(world, id, "")).body).toMatchObject({ nextCursor: null });
  });

  it("refuses a bad cursor or limit with 400 naming the field, and another workspace's or an unknown enrollment with 404", async () => {
    const id = await enrollmentWithSteps(world, [new Date("2026-03-03T00:00:00Z")]);
    for (const [query, path] of [["?cursor=nonsense", "query.cursor"], [`?cursor=${Buffer.from('["x","y"]').toString("base64url")}`, "query.cursor"], ["?limit=0", "query.limit"], ["?limit=1001", "query.limit"], ["?limit=ten", "query.limit"], ["?page=2", "query"]] as const) {
      const answer = await stepPage(world, id, query);
      expect(answer.status, query).toBe(400);
      expect(answer.body.path, query).toBe(path);
    }
    expect((await stepPage(world, "no-such-enrollment", "")).status).toBe(404);
    expect((await stepPage(world, "bad\u0000id", "")).status).toBe(404);
    const other = await createTestWorkspace("Other");
    const otherKey = await createTestManagementKey(other.id, "admin");
    const fromOther = await listSteps(get(`/api/v1/enrollments/${id}/steps`, otherKey), ctx({ id }));
    expect(fromOther.status).toBe(404);
    const badListCursor = await listEnrollments(get(`/api/v1/enrollments?cursor=nonsense`, world.key), ctx({} as Record<string, never>));
    expect(badListCursor.status).toBe(400);
    expect(await badListCursor.json()).toMatchObject({ path: "query.cursor" });
    const nulFilter = await listEnrollments(get(`/api/v1/enrollments?profileId=a%00b`, world.key), ctx({} as Record<string, never>));
    expect(nulFilter.status).toBe(400);
  });

  it("pages the list itself with a cursor, stable under equal entry times", async () => {
    const own = await createWorld();
    const same = new Date("2026-03-04T00:00:00Z");
    const ids = [];
    for (let i = 0; i < 7; i++) ids.push(await enrollmentWithSteps(own, [same], i < 5 ? same : new Date(same.getTime() + i)));
    const seen: string[] = [];
    const sizes: number[] = [];
    let cursor: string | null = null;
    do {
      const response = await listEnrollments(get(`/api/v1/enrollments?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, own.key), ctx({} as Record<string, never>));
      expect(response.status).toBe(200);
      const body = (await response.json()) as { enrollments: TEnrollmentDto[]; nextCursor: string | null };
      sizes.push(body.enrollments.length);
      seen.push(...body.enrollments.map((e) => e.id));
      cursor = body.nextCursor;
    } while (cursor !== null);
    expect(sizes).toEqual([3, 3, 1]);
    expect([...seen].sort()).toEqual([...ids].sort());
    expect(seen.slice(0, 2)).toEqual([ids[6], ids[5]]); // newest first
  });

  it("is described in the OpenAPI document, list cursor and step counts included", () => {
    const doc = buildOpenApiDocument("http://localhost:3000");
    const steps = doc.paths["/api/v1/enrollments/{id}/steps"]?.get as { parameters: { name: string }[]; "x-waymark-permission"?: string } | undefined;
    expect(steps?.parameters.map((p) => p.name).sort()).toEqual(["cursor", "id", "limit"]);
    const list = JSON.stringify(doc.paths["/api/v1/enrollments"]?.get);
    for (const field of ["stepCount", "stepsNextCursor", "nextCursor", "cursor"]) expect(list).toContain(`"${field}"`);
  });

  it("returns every step once and in order, whatever the page size and however many steps share a time (property)", async () => {
    const base = Date.parse("2026-04-01T00:00:00Z");
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 0, maxLength: 260 }), fc.integer({ min: 1, max: 80 }), async (offsets, limit) => {
        const id = await enrollmentWithSteps(world, offsets.map((o) => new Date(base + o)));
        const first = await stepPage(world, id, `?limit=${limit}`);
        expect(first.status).toBe(200);
        const { sizes, steps } = await followSteps(world, id, limit, first.body);
        expect(steps.map((s) => s.id)).toEqual(await wholeLog(id));
        expect(steps.map((s) => s.at)).toEqual(steps.map((s) => s.at).sort());
        // Full pages, then the remainder (an empty first page only for an empty log).
        const full = Math.floor(offsets.length / limit);
        const rest = offsets.length % limit;
        expect(sizes).toEqual(offsets.length === 0 ? [0] : [...Array<number>(full).fill(limit), ...(rest > 0 ? [rest] : [])]);
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});
