import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../db/client";
import { asJson } from "../../db/json";
import { enrollProfile } from "./enroll-profile";
import { loadRunVersions } from "./load-run-versions";
import { stepEnrollments } from "./step-enrollments";
import { at, createLiveJourney, createReachableProfile, createRunnerWorkspace, emailThenSmsGraph, signedUp } from "./testing/runner-fixtures";

const t0 = at("2026-03-02T10:00:00Z");
const nextDay = at("2026-03-03T10:00:00Z");

/** Enrols a profile (the email goes out at once) and returns its enrollment, parked on the 1-day wait before the SMS. */
async function enrolParked(workspaceId: string, versionId: string, name: string) {
  const run = (await loadRunVersions(db, [versionId])).versions.get(versionId);
  if (!run) throw new Error("version did not load");
  const profile = await createReachableProfile(db, workspaceId, name);
  const result = await enrollProfile(db, { run, profileId: profile.id, event: signedUp(t0.toISOString()), now: t0 });
  if (!result.enrolled) throw new Error(result.reason);
  return result.enrollmentId;
}

/** The SMS step's log line, counters and message row of one enrollment after it was stepped. */
async function smsOutcome(journeyId: string, enrollmentId: string) {
  const line = await db.stepLog.findFirstOrThrow({ where: { enrollmentId, nodeId: "sms" } });
  const stats = await db.nodeStat.findMany({ where: { journeyId, nodeId: "sms" } });
  const message = await db.message.findFirstOrThrow({ where: { enrollmentId, nodeId: "sms" } });
  return { action: line.action, reason: line.reason, metrics: Object.fromEntries(stats.map((s) => [s.metric, s.count])), status: message.status, error: message.error };
}

describe("a send that cannot be rendered is logged and counted as failed, not sent", () => {
  let world: Awaited<ReturnType<typeof createRunnerWorkspace>>;
  let journey: { journeyId: string; versionId: string };
  beforeEach(async () => {
    world = await createRunnerWorkspace(db);
    journey = await createLiveJourney(db, world.workspace.id, emailThenSmsGraph(world.emailTemplateId, world.smsTemplateId));
  });

  it("names a deleted template (by the name an earlier message of the step kept)", async () => {
    const first = await enrolParked(world.workspace.id, journey.versionId, "Ada");
    const second = await enrolParked(world.workspace.id, journey.versionId, "Bob");
    await stepEnrollments(db, world.workspace.id, [first], { now: nextDay });
    // Deleted behind the runner's back (before deletion was refused, or by hand in the database).
    await db.template.delete({ where: { id: world.smsTemplateId } });
    await stepEnrollments(db, world.workspace.id, [second], { now: nextDay });

    expect(await smsOutcome(journey.journeyId, second)).toEqual({
      action: "failed",
      reason: `failed: template "Welcome SMS" no longer exists`,
      metrics: { sent: 1, failed: 1 },
      status: "failed",
      error: `template "Welcome SMS" no longer exists`,
    });
    expect((await db.enrollment.findUniqueOrThrow({ where: { id: second } })).state).toBe("completed");
  });

  it("names the template by id when no message ever kept its name", async () => {
    const only = await enrolParked(world.workspace.id, journey.versionId, "Ada");
    await db.template.delete({ where: { id: world.smsTemplateId } });
    await stepEnrollments(db, world.workspace.id, [only], { now: nextDay });
    expect(await smsOutcome(journey.journeyId, only)).toMatchObject({ action: "failed", reason: `failed: template ${world.smsTemplateId} no longer exists`, metrics: { failed: 1 } });
  });

  it("logs a template of another channel and content that fails in Liquid as failed, with the reason", async () => {
    const wrongChannel = await enrolParked(world.workspace.id, journey.versionId, "Ada");
    await db.template.update({ where: { id: world.smsTemplateId }, data: { channel: "push" } });
    await stepEnrollments(db, world.workspace.id, [wrongChannel], { now: nextDay });
    expect(await smsOutcome(journey.journeyId, wrongChannel)).toMatchObject({ action: "failed", reason: `failed: template "Welcome SMS" is for push, not sms`, status: "failed" });

    const broken = await enrolParked(world.workspace.id, journey.versionId, "Bob");
    await db.template.update({ where: { id: world.smsTemplateId }, data: { channel: "sms", content: asJson({ body: "Hey {{ profile.traits.first_name" }) } });
    await stepEnrollments(db, world.workspace.id, [broken], { now: nextDay });
    const outcome = await smsOutcome(journey.journeyId, broken);
    expect(outcome).toMatchObject({ action: "failed", status: "failed", metrics: { failed: 2 } });
    expect(outcome.reason).toMatch(/^failed: template "Welcome SMS" failed to render: body: /);
  });
});
