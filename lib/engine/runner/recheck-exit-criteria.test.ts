import { beforeEach, describe, expect, it } from "vitest";
import { PUT as putConsent } from "@/app/api/v1/profiles/[id]/consent/route";
import { createApiKey } from "../../api-keys/create-api-key";
import { db } from "../../db/client";
import { createTestManagementKey } from "../../db/testing/factories";
import type { TCondition } from "../../journey/conditions/schema";
import type { TJourneyGraph } from "../../journey/graph";
import { exit, link, pause, sendLinks, step } from "../../journey/templates/template-kit";
import { sendIngest } from "../../profiles/testing/ingest-fixtures";
import { processSegmentEntries } from "./process-segment-entries";
import { createLiveJourney, createRunnerWorkspace, createSegmentWithMembers, recordSegmentChanges } from "./testing/runner-fixtures";

/** trigger ("Signed Up") → wait 3 days → email → exit: a run that waits long after entry. */
function waitLongGraph(emailTemplateId: string): TJourneyGraph {
  return {
    nodes: [
      step("trigger", "trigger", { source: { kind: "event", event: "Signed Up" }, reentry: "afterExit" }),
      pause("wait", 3, "days"),
      step("email", "message", { channel: "email", templateId: emailTemplateId, onSkip: "skip", respectQuietHours: false, frequencyCapExempt: false }),
      exit("done", "Done"),
    ],
    edges: [link("trigger", "next", "wait"), link("wait", "next", "email"), ...sendLinks("email", "done")],
  };
}

/** trigger ("Upgraded") → set vip = true → wait a day → exit. */
const upgradeGraph: TJourneyGraph = {
  nodes: [
    step("trigger", "trigger", { source: { kind: "event", event: "Upgraded" }, reentry: "always" }),
    step("make-vip", "updateProfile", { assignments: [{ trait: "vip", op: "set", value: true }] }),
    pause("wait", 1, "days"),
    exit("done", "Done"),
  ],
  edges: [link("trigger", "next", "make-vip"), link("make-vip", "next", "wait"), link("wait", "next", "done")],
};

const vipOrUnsubscribed: TCondition = {
  kind: "any",
  conditions: [
    { kind: "trait", path: "vip", op: "equals", value: true },
    { kind: "consent", channel: "email", status: "unsubscribed" },
  ],
};

describe("exit criteria are re-checked when the profile changes, in the same request", () => {
  let workspaceId: string;
  let emailTemplateId: string;
  let writeKey: string;
  let journey: { journeyId: string; versionId: string };

  beforeEach(async () => {
    const world = await createRunnerWorkspace(db);
    workspaceId = world.workspace.id;
    emailTemplateId = world.emailTemplateId;
    writeKey = (await createApiKey(workspaceId, null, { kind: "write", name: "Test source" })).key;
    journey = await createLiveJourney(db, workspaceId, waitLongGraph(emailTemplateId), { exitCriteria: vipOrUnsubscribed });
  });

  /** Identifies `userId` (subscribed to email) and enrols them; returns the waiting enrollment. */
  async function enrolled(userId: string) {
    await sendIngest("identify", { userId, traits: { email: `${userId}@example.test`, consent: { email: "subscribed" } } }, { key: writeKey });
    await sendIngest("track", { userId, event: "Signed Up" }, { key: writeKey });
    const enrollment = await db.enrollment.findFirstOrThrow({ where: { workspaceId, journeyId: journey.journeyId, profile: { identities: { some: { kind: "userId", value: userId } } } } });
    expect(enrollment).toMatchObject({ state: "waiting", currentNodeId: "wait" });
    return enrollment;
  }

  async function exitLine(enrollmentId: string) {
    return db.stepLog.findFirst({ where: { enrollmentId, action: "exited" }, select: { nodeId: true, reason: true } });
  }

  it("lets a profile go as soon as identify makes it match (vip: true), with the reason in the step log", async () => {
    const waiting = await enrolled("ada");
    const other = await sendIngest("identify", { userId: "ada", traits: { plan: "pro" } }, { key: writeKey });
    expect(other.status).toBe(200);
    expect((await db.enrollment.findUniqueOrThrow({ where: { id: waiting.id } })).state).toBe("waiting");

    const response = await sendIngest("identify", { userId: "ada", traits: { vip: true } }, { key: writeKey });
    expect(response.status).toBe(200);
    const after = await db.enrollment.findUniqueOrThrow({ where: { id: waiting.id } });
    expect(after).toMatchObject({ state: "exited", activeSlot: null });
    expect(after.exitReason).toMatch(/^exit criteria met: /);
    expect(await exitLine(waiting.id)).toEqual({ nodeId: "wait", reason: after.exitReason });
    expect(await db.message.count({ where: { enrollmentId: waiting.id } })).toBe(0);
  });

  it("lets a profile go when the consent API unsubscribes it", async () => {
    const waiting = await enrolled("bob");
    const marketer = await createTestManagementKey(workspaceId, "marketer");
    const response = await putConsent(
      new Request(`http://localhost/api/v1/profiles/${waiting.profileId}/consent`, { method: "PUT", headers: { authorization: `Bearer ${marketer}`, "content-type": "application/json" }, body: JSON.stringify({ email: "unsubscribed" }) }),
      { params: Promise.resolve({ id: waiting.profileId }) },
    );
    expect(response.status).toBe(200);
    const after = await db.enrollment.findUniqueOrThrow({ where: { id: waiting.id } });
    expect(after.state).toBe("exited");
    expect((await exitLine(waiting.id))?.reason).toMatch(/^exit criteria met: .*unsubscribed/i);
  });

  it("lets a profile go when another journey's update-profile step makes it match", async () => {
    await createLiveJourney(db, workspaceId, upgradeGraph);
    const waiting = await enrolled("cy");
    const response = await sendIngest("track", { userId: "cy", event: "Upgraded" }, { key: writeKey });
    expect(response.status).toBe(200);
    expect((await db.profile.findUniqueOrThrow({ where: { id: waiting.profileId } })).traits).toMatchObject({ vip: true });
    const after = await db.enrollment.findUniqueOrThrow({ where: { id: waiting.id } });
    expect(after.state).toBe("exited");
    expect(after.exitReason).toMatch(/^exit criteria met: /);
  });

  it("checks a paused journey's enrollments too, without moving them on", async () => {
    const stays = await enrolled("dee");
    const leaves = await enrolled("eve");
    await db.journey.update({ where: { id: journey.journeyId }, data: { status: "paused" } });
    // Both waits are over: a paused journey still must not send or advance anyone.
    await db.enrollment.updateMany({ where: { id: { in: [stays.id, leaves.id] } }, data: { wakeAt: new Date("2026-01-01T00:00:00Z") } });
    await sendIngest("identify", { userId: "dee", traits: { vip: false } }, { key: writeKey });
    await sendIngest("identify", { userId: "eve", traits: { vip: true } }, { key: writeKey });
    expect(await db.enrollment.findUniqueOrThrow({ where: { id: stays.id } })).toMatchObject({ state: "waiting", currentNodeId: "wait" });
    expect(await db.enrollment.findUniqueOrThrow({ where: { id: leaves.id } })).toMatchObject({ state: "exited", currentNodeId: "wait" });
    expect(await db.message.count({ where: { workspaceId } })).toBe(0);
  });

  it("lets a profile go when it leaves a segment the exit criteria read (recompute, time-based recheck)", async () => {
    const waiting = await enrolled("fay");
    const segment = await createSegmentWithMembers(db, workspaceId, [waiting.profileId], new Date("2026-01-01T00:00:00Z"));
    const bySegment = await createLiveJourney(db, workspaceId, waitLongGraph(emailTemplateId), { exitCriteria: { kind: "segment", segmentId: segment.id, inSegment: false } });
    await sendIngest("track", { userId: "fay", event: "Signed Up" }, { key: writeKey });
    const inSegmentJourney = await db.enrollment.findFirstOrThrow({ where: { journeyId: bySegment.journeyId, profileId: waiting.profileId } });
    expect(inSegmentJourney.state).toBe("waiting");

    const now = new Date();
    await db.segmentMembership.updateMany({ where: { segmentId: segment.id, profileId: waiting.profileId }, data: { exitedAt: now } });
    await recordSegmentChanges(db, workspaceId, segment.id, [{ profileId: waiting.profileId, change: "exited", at: now }]);
    await processSegmentEntries(db, { workspaceId, now });
    expect((await db.enrollment.findUniqueOrThrow({ where: { id: inSegmentJourney.id } })).state).toBe("exited");
    expect((await db.enrollment.findUniqueOrThrow({ where: { id: waiting.id } })).state).toBe("waiting");
  });
});
