import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../db/client";
import { processSegmentEntries } from "./process-segment-entries";
import { at, createLiveJourney, createReachableProfile, createRunnerWorkspace, createSegmentWithMembers, recordSegmentChanges, segmentEntryGraph } from "./testing/runner-fixtures";

const now = at("2026-03-02T10:00:00Z");
const published = at("2026-03-01T00:00:00Z");

describe("segment-entry triggers", () => {
  let world: Awaited<ReturnType<typeof createRunnerWorkspace>>;
  let workspaceId: string;
  beforeEach(async () => {
    world = await createRunnerWorkspace(db);
    workspaceId = world.workspace.id;
  });

  it("enrols a profile that entered the segment, names the segment in the step log, and marks every change processed", async () => {
    const ada = await createReachableProfile(db, workspaceId, "Ada");
    const bob = await createReachableProfile(db, workspaceId, "Bob");
    const vip = await createSegmentWithMembers(db, workspaceId, [ada.id], at("2026-03-02T09:59:00Z"), `VIP ${workspaceId}`);
    const other = await createSegmentWithMembers(db, workspaceId, [bob.id], at("2026-03-02T09:59:00Z"));
    const { journeyId } = await createLiveJourney(db, workspaceId, segmentEntryGraph(vip.id, world.emailTemplateId), {}, published);
    await recordSegmentChanges(db, workspaceId, vip.id, [
      { profileId: ada.id, change: "entered", at: at("2026-03-02T09:59:00Z") },
      { profileId: bob.id, change: "exited", at: at("2026-03-02T09:59:30Z") },
    ]);
    await recordSegmentChanges(db, workspaceId, other.id, [{ profileId: bob.id, change: "entered", at: at("2026-03-02T09:59:00Z") }]);

    const summary = await processSegmentEntries(db, { workspaceId, now });
    expect(summary).toMatchObject({ changes: 3, enrolled: 1, sent: 1 });
    const enrollments = await db.enrollment.findMany({ where: { journeyId } });
    expect(enrollments.map((e) => e.profileId)).toEqual([ada.id]);
    const entered = await db.stepLog.findFirstOrThrow({ where: { enrollmentId: enrollments[0]?.id, action: "entered" } });
    expect(entered.reason).toBe(`entered segment "VIP ${workspaceId}"`);
    expect(await db.segmentMembershipChange.count({ where: { workspaceId, processedAt: null } })).toBe(0);
    expect(await db.message.count({ where: { journeyId } })).toBe(1);

    expect(await processSegmentEntries(db, { workspaceId, now: at("2026-03-02T10:05:00Z") })).toMatchObject({ changes: 0, enrolled: 0 });
  });

  it("applies the re-entry policy: a second entry under 'never' enrols nobody", async () => {
    const ada = await createReachableProfile(db, workspaceId);
    const segment = await createSegmentWithMembers(db, workspaceId, [ada.id], now);
    const { journeyId } = await createLiveJourney(db, workspaceId, segmentEntryGraph(segment.id, world.emailTemplateId, "never"), {}, published);
    await recordSegmentChanges(db, workspaceId, segment.id, [
      { profileId: ada.id, change: "entered", at: at("2026-03-02T09:00:00Z") },
      { profileId: ada.id, change: "exited", at: at("2026-03-02T09:10:00Z") },
      { profileId: ada.id, change: "entered", at: at("2026-03-02T09:20:00Z") },
    ]);
    const summary = await processSegmentEntries(db, { workspaceId, now });
    expect(summary).toMatchObject({ changes: 3, enrolled: 1, skipped: 1 });
    expect(await db.enrollment.count({ where: { journeyId } })).toBe(1);
  });

  it("ignores entries from before the journey went live and journeys that are paused", async () => {
    const ada = await createReachableProfile(db, workspaceId);
    const segment = await createSegmentWithMembers(db, workspaceId, [ada.id], now);
    const live = await createLiveJourney(db, workspaceId, segmentEntryGraph(segment.id, world.emailTemplateId), {}, published);
    const paused = await createLiveJourney(db, workspaceId, segmentEntryGraph(segment.id, world.emailTemplateId), {}, published);
    await db.journey.update({ where: { id: paused.journeyId }, data: { status: "paused" } });
    await recordSegmentChanges(db, workspaceId, segment.id, [{ profileId: ada.id, change: "entered", at: at("2020-01-01T00:00:00Z") }]);
    expect(await processSegmentEntries(db, { workspaceId, now })).toMatchObject({ changes: 1, enrolled: 0 });
    await recordSegmentChanges(db, workspaceId, segment.id, [{ profileId: ada.id, change: "entered", at: at("2026-03-02T09:30:00Z") }]);
    expect(await processSegmentEntries(db, { workspaceId, now })).toMatchObject({ changes: 1, enrolled: 1 });
    expect(await db.enrollment.count({ where: { journeyId: live.journeyId } })).toBe(1);
    expect(await db.enrollment.count({ where: { journeyId: paused.journeyId } })).toBe(0);
  });

  it("consumes each change once when runners race, even where re-entry is 'always'", async () => {
    const profiles = await Promise.all(Array.from({ length: 6 }, () => createReachableProfile(db, workspaceId)));
    const segment = await createSegmentWithMembers(db, workspaceId, profiles.map((p) => p.id), now);
    const { journeyId } = await createLiveJourney(db, workspaceId, segmentEntryGraph(segment.id, world.emailTemplateId, "always"), {}, published);
    await recordSegmentChanges(db, workspaceId, segment.id, profiles.map((p) => ({ profileId: p.id, change: "entered" as const, at: at("2026-03-02T09:30:00Z") })));
    const results = await Promise.all(Array.from({ length: 4 }, () => processSegmentEntries(db, { workspaceId, now, limit: 2 })));
    expect(results.reduce((sum, r) => sum + r.enrolled, 0)).toBe(6);
    const rows = await db.enrollment.findMany({ where: { journeyId }, select: { profileId: true } });
    expect(rows.map((r) => r.profileId).sort()).toEqual(profiles.map((p) => p.id).sort());
  });
});
