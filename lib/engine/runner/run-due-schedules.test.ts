import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../db/client";
import { runDueSchedules } from "./run-due-schedules";
import { tick } from "./tick";
import { at, createLiveJourney, createReachableProfile, createRunnerWorkspace, createSegmentWithMembers, scheduleGraph } from "./testing/runner-fixtures";

const published = at("2026-03-01T00:00:00Z");

describe("schedule triggers", () => {
  let world: Awaited<ReturnType<typeof createRunnerWorkspace>>;
  let workspaceId: string;
  beforeEach(async () => {
    world = await createRunnerWorkspace(db);
    workspaceId = world.workspace.id;
  });

  async function profiles(n: number) {
    const list = [];
    for (let i = 0; i < n; i++) list.push(await createReachableProfile(db, workspaceId));
    return list;
  }

  it("enrols the segment's members once per firing, and again the next day per the re-entry policy", async () => {
    const [a, b, c, outsider] = await profiles(4);
    if (!a || !b || !c || !outsider) throw new Error("profiles");
    const segment = await createSegmentWithMembers(db, workspaceId, [a.id, b.id, c.id], published);
    const { journeyId } = await createLiveJourney(db, workspaceId, scheduleGraph("0 9 * * *", "UTC", world.emailTemplateId, { audienceSegmentId: segment.id }), {}, published);

    expect(await runDueSchedules(db, { now: at("2026-03-02T10:00:00Z"), workspaceId })).toEqual({ fired: 1, enrolled: 3, skipped: 0, sent: 3, finished: 1 });
    const enrolled = await db.enrollment.findMany({ where: { journeyId }, select: { profileId: true, state: true } });
    expect(enrolled.map((e) => e.profileId).sort()).toEqual([a.id, b.id, c.id].sort());
    const log = await db.stepLog.findFirstOrThrow({ where: { journeyId, action: "entered" } });
    expect(log.reason).toBe("entered on schedule 0 9 * * * (UTC), firing of 2026-03-02T09:00:00.000Z");
    const [run] = await db.journeyScheduleRun.findMany({ where: { journeyId } });
    expect(run).toMatchObject({ scheduledFor: at("2026-03-02T09:00:00Z"), status: "done", enrolled: 3, skipped: 0 });

    expect(await runDueSchedules(db, { now: at("2026-03-02T11:00:00Z"), workspaceId })).toMatchObject({ fired: 0, enrolled: 0 });
    // Next day: still waiting in the first run, so "afterExit" refuses them …
    expect(await runDueSchedules(db, { now: at("2026-03-03T09:30:00Z"), workspaceId })).toMatchObject({ fired: 1, enrolled: 0, skipped: 3 });
    // … once those runs end, the following firing enrols them again.
    await tick(db, { now: at("2026-03-03T10:30:00Z") });
    expect(await runDueSchedules(db, { now: at("2026-03-04T09:30:00Z"), workspaceId })).toMatchObject({ fired: 1, enrolled: 3 });
    expect(await db.enrollment.count({ where: { journeyId } })).toBe(6);
  });

  it("without an audience segment, pages through every profile of the workspace", async () => {
    await profiles(5);
    const { journeyId } = await createLiveJourney(db, workspaceId, scheduleGraph("0 9 * * *", "UTC", world.emailTemplateId), {}, published);
    const summary = await runDueSchedules(db, { now: at("2026-03-02T10:00:00Z"), workspaceId, batchSize: 2 });
    expect(summary).toMatchObject({ fired: 1, enrolled: 5, finished: 1 });
    expect(await db.enrollment.count({ where: { journeyId } })).toBe(5);
  });

  it("resumes a run from before the cursor existed by its counters, without enrolling the done part twice", async () => {
    const list = await profiles(5);
    const byId = [...list].sort((x, y) => (x.id < y.id ? -1 : 1));
    const { journeyId, versionId } = await createLiveJourney(db, workspaceId, scheduleGraph("0 9 * * *", "UTC", world.emailTemplateId, { reentry: "always" }), {}, published);
    // The crashed runner committed its first page (two profiles) with the counters.
    await db.journeyScheduleRun.create({ data: { workspaceId, journeyId, versionId, scheduledFor: at("2026-03-02T09:00:00Z"), status: "running", enrolled: 2 } });
    const summary = await runDueSchedules(db, { now: at("2026-03-02T10:00:00Z"), workspaceId, batchSize: 2 });
    expect(summary).toMatchObject({ fired: 0, enrolled: 3, finished: 1 });
    const rows = await db.enrollment.findMany({ where: { journeyId }, select: { profileId: true } });
    expect(rows.map((r) => r.profileId).sort()).toEqual(byId.slice(2).map((p) => p.id).sort());
  });

  it("resumes after its cursor: profiles leaving or joining before it between pages shift nothing", async () => {
    const list = await profiles(6);
    const byId = [...list].sort((x, y) => (x.id < y.id ? -1 : 1));
    const segment = await createSegmentWithMembers(db, workspaceId, byId.map((p) => p.id), published);
    const { journeyId } = await createLiveJourney(db, workspaceId, scheduleGraph("0 9 * * *", "UTC", world.emailTemplateId, { audienceSegmentId: segment.id, reentry: "always" }), {}, published);
    const now = at("2026-03-02T10:00:00Z");
    expect(await runDueSchedules(db, { now, workspaceId, batchSize: 2, maxBatches: 1 })).toMatchObject({ fired: 1, enrolled: 2, finished: 0 });
    expect(await db.journeyScheduleRun.findFirstOrThrow({ where: { journeyId } })).toMatchObject({ cursor: byId[1]?.id, enrolled: 2 });
    // the first member leaves the segment before the next page (an offset would now skip one)
    await db.segmentMembership.updateMany({ where: { segmentId: segment.id, profileId: byId[0]?.id }, data: { exitedAt: now } });
    expect(await runDueSchedules(db, { now, workspaceId, batchSize: 2 })).toMatchObject({ fired: 0, enrolled: 4, finished: 1 });
    const rows = await db.enrollment.findMany({ where: { journeyId }, select: { profileId: true } });
    expect(rows.map((r) => r.profileId).sort()).toEqual(byId.map((p) => p.id).sort());
  });

  it("fires once when runners race on the same firing, even where re-entry is 'always'", async () => {
    await profiles(3);
    const { journeyId } = await createLiveJourney(db, workspaceId, scheduleGraph("0 9 * * *", "UTC", world.emailTemplateId, { reentry: "always" }), {}, published);
    await Promise.all(Array.from({ length: 3 }, () => runDueSchedules(db, { now: at("2026-03-02T10:00:00Z"), workspaceId, batchSize: 1 })));
    expect(await db.journeyScheduleRun.count({ where: { journeyId } })).toBe(1);
    expect(await db.enrollment.count({ where: { journeyId } })).toBe(3);
  });

  it("leaves a paused journey's run waiting and closes one whose version was replaced", async () => {
    await profiles(2);
    const paused = await createLiveJourney(db, workspaceId, scheduleGraph("0 9 * * *", "UTC", world.emailTemplateId), {}, published);
    const replaced = await createLiveJourney(db, workspaceId, scheduleGraph("0 9 * * *", "UTC", world.emailTemplateId), {}, published);
    const runOf = (journeyId: string, versionId: string) => ({ workspaceId, journeyId, versionId, scheduledFor: at("2026-03-01T09:00:00Z"), status: "running" });
    await db.journeyScheduleRun.create({ data: runOf(paused.journeyId, paused.versionId) });
    await db.journeyScheduleRun.create({ data: runOf(replaced.journeyId, "an-older-version") });
    await db.journey.update({ where: { id: paused.journeyId }, data: { status: "paused" } });
    await runDueSchedules(db, { now: at("2026-03-01T10:00:00Z"), workspaceId });
    expect(await db.journeyScheduleRun.findFirstOrThrow({ where: { journeyId: paused.journeyId } })).toMatchObject({ status: "running", enrolled: 0 });
    expect(await db.journeyScheduleRun.findFirstOrThrow({ where: { journeyId: replaced.journeyId } })).toMatchObject({ status: "done", enrolled: 0 });
  });
});
