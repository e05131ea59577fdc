import { describe, expect, it } from "vitest";
import { db } from "../../db/client";
import { nextScheduleRun } from "./next-schedule-run";
import { at, createLiveJourney, createRunnerWorkspace, emailThenSmsGraph, scheduleGraph } from "./testing/runner-fixtures";

describe("nextScheduleRun", () => {
  it("is the next cron time of a live schedule journey, in its time zone; null otherwise", async () => {
    const world = await createRunnerWorkspace(db);
    const workspaceId = world.workspace.id;
    const weekly = await createLiveJourney(db, workspaceId, scheduleGraph("0 9 * * MON", "Europe/Paris", world.emailTemplateId), {}, at("2026-03-01T00:00:00Z"));
    const onEvent = await createLiveJourney(db, workspaceId, emailThenSmsGraph(world.emailTemplateId, world.smsTemplateId));
    const live = { status: "live", liveVersionId: weekly.versionId };
    // Wednesday 4 March 2026 → Monday 9 March, 09:00 CET = 08:00Z.
    expect(await nextScheduleRun(db, workspaceId, live, at("2026-03-04T12:00:00Z"))).toBe("2026-03-09T08:00:00.000Z");
    expect(await nextScheduleRun(db, workspaceId, { ...live, status: "paused" }, at("2026-03-04T12:00:00Z"))).toBeNull();
    expect(await nextScheduleRun(db, workspaceId, { status: "live", liveVersionId: onEvent.versionId }, at("2026-03-04T12:00:00Z"))).toBeNull();
  });
});
