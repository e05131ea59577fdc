import { beforeEach, describe, expect, it } from "vitest";
import { POST as enrollRoute } from "@/app/api/v1/journeys/[id]/enroll/route";
import { createApiKey } from "../../api-keys/create-api-key";
import { db } from "../../db/client";
import { createTestManagementKey } from "../../db/testing/factories";
import type { TJourneyGraph } from "../../journey/graph";
import { exportProfile } from "../../profiles/export-profile";
import { sendIngest } from "../../profiles/testing/ingest-fixtures";
import { processSegmentEntries } from "./process-segment-entries";
import { runDueSchedules } from "./run-due-schedules";
import {
  at,
  createLiveJourney,
  createReachableProfile,
  createRunnerWorkspace,
  createSegmentWithMembers,
  emailThenSmsGraph,
  recordSegmentChanges,
  scheduleGraph,
  segmentEntryGraph,
} from "./testing/runner-fixtures";

/** Every refusal recorded for a journey, and its trigger's `refused` counter. */
async function refusalsOf(journeyId: string) {
  const rows = await db.enrollmentRefusal.findMany({ where: { journeyId }, orderBy: { profileId: "asc" } });
  const counter = await db.nodeStat.findFirst({ where: { journeyId, nodeId: "trigger", metric: "refused" } });
  return { rows: rows.map((r) => ({ profileId: r.profileId, reason: r.reason, detail: r.detail, count: r.count, firstAt: r.firstAt.toISOString(), lastAt: r.lastAt.toISOString() })), refused: counter?.count ?? 0 };
}

/** Adds a filter to the trigger of `graph` (Signed Up with plan = pro). */
function withFilter(graph: TJourneyGraph): TJourneyGraph {
  return { ...graph, nodes: graph.nodes.map((n) => (n.type === "trigger" ? { ...n, data: { ...n.data, source: { kind: "event", event: "Signed Up", where: { kind: "trait", path: "event.properties.plan", op: "equals", value: "pro" } } } } : n)) } as TJourneyGraph;
}

describe("a trigger that matched but was refused leaves a trace", () => {
  let world: Awaited<ReturnType<typeof createRunnerWorkspace>>;
  let workspaceId: string;
  beforeEach(async () => {
    world = await createRunnerWorkspace(db);
    workspaceId = world.workspace.id;
  });

  it("on ingest: re-entry refusals are recorded once per journey, profile and reason and counted; non-matching events are not refusals", async () => {
    const { key } = await createApiKey(workspaceId, null, { kind: "write", name: "Test source" });
    const { journeyId } = await createLiveJourney(db, workspaceId, withFilter(emailThenSmsGraph(world.emailTemplateId, world.smsTemplateId)));
    await sendIngest("identify", { userId: "ada", traits: { email: "ada@example.test", consent: { email: "subscribed" } } }, { key });
    const first = await sendIngest("track", { userId: "ada", event: "Signed Up", properties: { plan: "pro" } }, { key });
    expect(first.status).toBe(200);
    expect((await refusalsOf(journeyId)).rows).toEqual([]);

    for (let i = 0; i < 3; i++) expect((await sendIngest("track", { userId: "ada", event: "Signed Up", properties: { plan: "pro" } }, { key })).status).toBe(200);
    // Not refusals: another event, and the trigger's filter saying no.
    await sendIngest("track", { userId: "ada", event: "Logged In" }, { key });
    await sendIngest("track", { userId: "ada", event: "Signed Up", properties: { plan: "free" } }, { key });

    const { rows, refused } = await refusalsOf(journeyId);
    expect(rows).toEqual([{ profileId: expect.any(String), reason: "reentryBlocked", detail: "already in this journey (re-entry only after exit)", count: 3, firstAt: expect.any(String), lastAt: expect.any(String) }]);
    expect(rows[0]!.firstAt <= rows[0]!.lastAt).toBe(true);
    expect(refused).toBe(3);
    expect(await db.enrollment.count({ where: { journeyId } })).toBe(1);

    const pieces: string[] = [];
    for await (const piece of await exportProfile(workspaceId, rows[0]!.profileId)) pieces.push(piece);
    expect(JSON.parse(pieces.join("")).enrollmentRefusals).toEqual([expect.objectContaining({ journeyId, reason: "reentryBlocked", count: 3 })]);
  });

  it("on segment entry: a second entry under re-entry 'never' is recorded with the pass's time", async () => {
    const ada = await createReachableProfile(db, workspaceId);
    const segment = await createSegmentWithMembers(db, workspaceId, [ada.id], at("2026-03-02T09:00:00Z"));
    const { journeyId } = await createLiveJourney(db, workspaceId, segmentEntryGraph(segment.id, world.emailTemplateId, "never"), {}, at("2026-03-01T00:00:00Z"));
    await recordSegmentChanges(db, workspaceId, segment.id, [
      { profileId: ada.id, change: "entered", at: at("2026-03-02T09:00:00Z") },
      { profileId: ada.id, change: "exited", at: at("2026-03-02T09:10:00Z") },
      { profileId: ada.id, change: "entered", at: at("2026-03-02T09:20:00Z") },
    ]);
    const now = at("2026-03-02T10:00:00Z");
    expect(await processSegmentEntries(db, { workspaceId, now })).toMatchObject({ enrolled: 1, skipped: 1 });
    expect(await refusalsOf(journeyId)).toEqual({
      rows: [{ profileId: ada.id, reason: "reentryBlocked", detail: "already entered once (re-entry: never)", count: 1, firstAt: now.toISOString(), lastAt: now.toISOString() }],
      refused: 1,
    });
  });

  it("on schedules: profiles refused by the per-profile entry limit are recorded beside the run's skipped count", async () => {
    const [a, b] = [await createReachableProfile(db, workspaceId), await createReachableProfile(db, workspaceId)];
    const graph = scheduleGraph("0 9 * * *", "UTC", world.emailTemplateId, { reentry: "always" });
    const limited = { ...graph, nodes: graph.nodes.map((n) => (n.type === "trigger" ? { ...n, data: { ...n.data, entryLimit: { max: 1 } } } : n)) } as TJourneyGraph;
    const { journeyId } = await createLiveJourney(db, workspaceId, limited, {}, at("2026-03-01T00:00:00Z"));
    expect(await runDueSchedules(db, { now: at("2026-03-02T09:30:00Z"), workspaceId })).toMatchObject({ enrolled: 2, skipped: 0 });
    expect(await runDueSchedules(db, { now: at("2026-03-03T09:30:00Z"), workspaceId })).toMatchObject({ enrolled: 0, skipped: 2 });
    const { rows, refused } = await refusalsOf(journeyId);
    expect(rows.map((r) => [r.profileId, r.reason, r.detail, r.count, r.lastAt])).toEqual(
      [a, b].map((p) => p.id).sort().map((id) => [id, "entryLimit", "entry limit reached: 1 entry in total", 1, "2026-03-03T09:30:00.000Z"]),
    );
    expect(refused).toBe(2);
  });

  it("through the enroll API: still 409 with the reason, and recorded (journey entry limit)", async () => {
    const marketer = await createTestManagementKey(workspaceId, "marketer");
    const { journeyId } = await createLiveJourney(db, workspaceId, emailThenSmsGraph(world.emailTemplateId, world.smsTemplateId), { entryLimit: { max: 1, per: { amount: 1, unit: "days" } } });
    const call = (profileId: string) =>
      enrollRoute(new Request(`http://localhost/api/v1/journeys/${journeyId}/enroll`, { method: "POST", headers: { authorization: `Bearer ${marketer}`, "content-type": "application/json" }, body: JSON.stringify({ profileId }) }), {
        params: Promise.resolve({ id: journeyId }),
      });
    const [first, second] = [await createReachableProfile(db, workspaceId), await createReachableProfile(db, workspaceId)];
    expect((await call(first.id)).status).toBe(201);
    const refused = await call(second.id);
    expect(refused.status).toBe(409);
    const detail = "journey entry limit reached: 1 entry per 1 day for all profiles";
    expect(await refused.json()).toMatchObject({ reason: detail });
    expect((await refusalsOf(journeyId)).rows).toEqual([expect.objectContaining({ profileId: second.id, reason: "journeyEntryLimit", detail, count: 1 })]);
    expect((await refusalsOf(journeyId)).refused).toBe(1);
  });
});
