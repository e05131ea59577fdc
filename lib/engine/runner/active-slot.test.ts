import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../db/client";
import { exit, link, step } from "../../journey/templates/template-kit";
import type { TJourneyGraph } from "../../journey/graph";
import { mergeEnrollments } from "../../profiles/merge-enrollments";
import { enrollProfile } from "./enroll-profile";
import { handleIngestedEvent } from "./handle-ingested-event";
import { loadRunVersions } from "./load-run-versions";
import { tick } from "./tick";
import { at, createLiveJourney, createReachableProfile, createRunnerWorkspace, emailThenSmsGraph, signedUp } from "./testing/runner-fixtures";

async function liveRun(versionId: string) {
  const run = (await loadRunVersions(db, [versionId])).versions.get(versionId);
  if (!run) throw new Error("version did not load");
  return run;
}

/** trigger → exit at once, under the given re-entry policy. */
function straightThrough(reentry: "never" | "afterExit" | "always"): TJourneyGraph {
  return { nodes: [step("trigger", "trigger", { source: { kind: "event", event: "Signed Up" }, reentry }), exit("done", "Done")], edges: [link("trigger", "next", "done")] };
}

describe("race-free enrolment (Enrollment.activeSlot)", () => {
  let world: Awaited<ReturnType<typeof createRunnerWorkspace>>;
  beforeEach(async () => {
    world = await createRunnerWorkspace(db);
  });

  it("20 concurrent enrolments of one profile make exactly one enrollment; the others are refused with a reason", async () => {
    const { journeyId, versionId } = await createLiveJourney(db, world.workspace.id, emailThenSmsGraph(world.emailTemplateId, world.smsTemplateId));
    const profile = await createReachableProfile(db, world.workspace.id);
    const run = await liveRun(versionId);
    const now = at("2026-03-02T10:00:00Z");
    const results = await Promise.all(Array.from({ length: 20 }, () => enrollProfile(db, { run, profileId: profile.id, event: signedUp("2026-03-02T10:00:00Z"), now })));
    expect(results.filter((r) => r.enrolled)).toHaveLength(1);
    for (const refused of results.filter((r) => !r.enrolled)) expect(refused).toMatchObject({ enrolled: false, reason: expect.stringContaining("already") });
    const rows = await db.enrollment.findMany({ where: { journeyId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.activeSlot).toBe(`${journeyId}:${profile.id}`);
    expect(await db.message.count({ where: { journeyId } })).toBe(1);
    // Every loser, whether refused by the check or by the slot, is one re-entry refusal.
    const refusal = await db.enrollmentRefusal.findFirstOrThrow({ where: { journeyId, profileId: profile.id } });
    expect(refusal).toMatchObject({ reason: "reentryBlocked", count: 19 });
    expect((await db.nodeStat.findFirstOrThrow({ where: { journeyId, nodeId: "trigger", metric: "refused" } })).count).toBe(19);
  });

  it("20 concurrent ingested events for one profile enrol it once", async () => {
    const { journeyId } = await createLiveJourney(db, world.workspace.id, emailThenSmsGraph(world.emailTemplateId, world.smsTemplateId));
    const profile = await createReachableProfile(db, world.workspace.id);
    const now = at("2026-03-02T10:00:00Z");
    await Promise.all(Array.from({ length: 20 }, (_, i) => handleIngestedEvent(db, { workspaceId: world.workspace.id, profileId: profile.id, event: signedUp(`2026-03-02T10:00:0${i % 10}Z`), now })));
    expect(await db.enrollment.count({ where: { journeyId } })).toBe(1);
  });

  it("frees the slot in the write that ends the run, so re-entry after exit works", async () => {
    const { journeyId, versionId } = await createLiveJourney(db, world.workspace.id, emailThenSmsGraph(world.emailTemplateId, world.smsTemplateId));
    const profile = await createReachableProfile(db, world.workspace.id);
    const run = await liveRun(versionId);
    await enrollProfile(db, { run, profileId: profile.id, event: signedUp("2026-03-02T10:00:00Z"), now: at("2026-03-02T10:00:00Z") });
    await tick(db, { now: at("2026-03-03T10:01:00Z") });
    const ended = await db.enrollment.findFirstOrThrow({ where: { journeyId } });
    expect(ended).toMatchObject({ state: "completed", activeSlot: null });
    const again = await enrollProfile(db, { run, profileId: profile.id, event: signedUp("2026-03-04T10:00:00Z"), now: at("2026-03-04T10:00:00Z") });
    expect(again.enrolled).toBe(true);
  });

  it("a run that ends in its first step never holds a slot; 'always' runs hold none either", async () => {
    const once = await createLiveJourney(db, world.workspace.id, straightThrough("afterExit"));
    const always = await createLiveJourney(db, world.workspace.id, straightThrough("always"));
    const profile = await createReachableProfile(db, world.workspace.id);
    const now = at("2026-03-02T10:00:00Z");
    await enrollProfile(db, { run: await liveRun(once.versionId), profileId: profile.id, event: signedUp("2026-03-02T10:00:00Z"), now });
    const parallel = await Promise.all(Array.from({ length: 3 }, async () => enrollProfile(db, { run: await liveRun(always.versionId), profileId: profile.id, event: signedUp("2026-03-02T10:00:00Z"), now })));
    expect(parallel.every((r) => r.enrolled)).toBe(true);
    const rows = await db.enrollment.findMany({ where: { profileId: profile.id } });
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.activeSlot === null && r.state === "completed")).toBe(true);
  });

  it("a merge frees the loser's slot and re-keys moved runs to the survivor", async () => {
    const cart = await createLiveJourney(db, world.workspace.id, emailThenSmsGraph(world.emailTemplateId, world.smsTemplateId));
    const welcome = await createLiveJourney(db, world.workspace.id, emailThenSmsGraph(world.emailTemplateId, world.smsTemplateId));
    const survivor = await createReachableProfile(db, world.workspace.id);
    const merged = await createReachableProfile(db, world.workspace.id);
    const now = at("2026-03-02T10:00:00Z");
    for (const [journey, profile] of [[cart, survivor], [cart, merged], [welcome, merged]] as const) {
      await enrollProfile(db, { run: await liveRun(journey.versionId), profileId: profile.id, event: signedUp("2026-03-02T10:00:00Z"), now });
    }
    await db.$transaction((tx) => mergeEnrollments(tx, world.workspace.id, survivor.id, merged.id, now));
    const rows = await db.enrollment.findMany({ where: { profileId: survivor.id }, orderBy: { enteredAt: "asc" } });
    expect(rows.map((r) => [r.journeyId === cart.journeyId ? "cart" : "welcome", r.state, r.activeSlot]).sort()).toEqual(
      [
        ["cart", "exited", null],
        ["cart", "waiting", `${cart.journeyId}:${survivor.id}`],
        ["welcome", "waiting", `${welcome.journeyId}:${survivor.id}`],
      ].sort(),
    );
    const again = await enrollProfile(db, { run: await liveRun(welcome.versionId), profileId: survivor.id, event: signedUp("2026-03-02T11:00:00Z"), now: at("2026-03-02T11:00:00Z") });
    expect(again.enrolled).toBe(false);
  });
});
