import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { databaseUrl, providerOf } from "@/lib/db/database-url";
import { at, createLiveJourney, createReachableProfile, createRunnerWorkspace, createSegmentWithMembers, recordSegmentChanges, scheduleGraph, segmentEntryGraph } from "@/lib/engine/runner/testing/runner-fixtures";
import { POST } from "./route";

const saved = { secret: process.env.CRON_SECRET, clock: process.env.WAYMARK_TEST_CLOCK };

function tickAt(now: string): Promise<Response> {
  return POST(new Request("http://localhost/api/cron/tick", { method: "POST", headers: { authorization: "Bearer cron-test-secret", "content-type": "application/json" }, body: JSON.stringify({ now }) }));
}

// A pass is global (every workspace's segment changes, schedules and due enrollments). On SQLite
// each test process has its own database; on the shared PostgreSQL test database it would consume
// other files' rows mid-test, so the scoped runner tests cover PostgreSQL instead.
describe.skipIf(providerOf(databaseUrl()) === "postgresql")("POST /api/cron/tick", () => {
  beforeAll(() => {
    process.env.CRON_SECRET = "cron-test-secret";
    process.env.WAYMARK_TEST_CLOCK = "1";
  });
  afterAll(() => {
    process.env.CRON_SECRET = saved.secret;
    process.env.WAYMARK_TEST_CLOCK = saved.clock;
  });

  it("enrols from segment entries and due schedules before stepping, delivers their first messages, and reports it all", async () => {
    const world = await createRunnerWorkspace(db);
    const workspaceId = world.workspace.id;
    const published = at("2030-01-01T00:00:00Z");
    const ada = await createReachableProfile(db, workspaceId, "Ada");
    const bob = await createReachableProfile(db, workspaceId, "Bob");
    const vip = await createSegmentWithMembers(db, workspaceId, [ada.id], published);
    const everyone = await createSegmentWithMembers(db, workspaceId, [ada.id, bob.id], published);
    const onEntry = await createLiveJourney(db, workspaceId, segmentEntryGraph(vip.id, world.emailTemplateId), {}, published);
    const weekly = await createLiveJourney(db, workspaceId, scheduleGraph("0 9 * * MON", "Europe/Paris", world.emailTemplateId, { audienceSegmentId: everyone.id }), {}, published);
    await recordSegmentChanges(db, workspaceId, vip.id, [{ profileId: ada.id, change: "entered", at: at("2030-01-02T08:00:00Z") }]);

    // Monday 7 January 2030, 09:00 in Paris is 08:00Z.
    const response = await tickAt("2030-01-07T08:30:00Z");
    expect(response.status).toBe(200);
    const pass = await response.json();
    expect(pass.schedulers.segmentEntries.enrolled).toBeGreaterThanOrEqual(1);
    expect(pass.schedulers.schedules.fired).toBeGreaterThanOrEqual(1);
    expect(pass.schedulers.schedules.enrolled).toBeGreaterThanOrEqual(2);
    expect(pass.tick).toMatchObject({ claimed: expect.any(Number), stepped: expect.any(Number) });
    expect(await db.enrollment.count({ where: { journeyId: onEntry.journeyId } })).toBe(1);
    expect(await db.enrollment.count({ where: { journeyId: weekly.journeyId } })).toBe(2);
    const sent = await db.message.findMany({ where: { workspaceId }, select: { status: true } });
    expect(sent).toHaveLength(3);
    expect(sent.every((m) => m.status === "sent")).toBe(true);
  });
});
