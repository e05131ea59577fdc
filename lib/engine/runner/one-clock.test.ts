import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createApiKey } from "../../api-keys/create-api-key";
import { db } from "../../db/client";
import { sendIngest } from "../../profiles/testing/ingest-fixtures";
import { updateWorkspaceRules } from "../../workspace-settings/update-workspace-rules";
import { exit, link, send, sendLinks, step } from "../../journey/templates/template-kit";
import { enrollProfile } from "./enroll-profile";
import { loadRunVersions } from "./load-run-versions";
import { createLiveJourney, createReachableProfile, createRunnerWorkspace, emailThenSmsGraph, tickWorkspace } from "./testing/runner-fixtures";

/**
 * One clock (issue 11): under the test clock every time the runner decides or records comes from
 * the pass's `now` — a tick's, the enrol call's, or an ingested event's own time — never from the
 * wall clock or the database's. The virtual clock runs a month ahead of the real one and carries
 * milliseconds, so a wall-clock or database-default stamp can never pass for it.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();
const GOAL = { goal: { event: "Order Completed", within: { amount: 3, unit: "days" }, exitOnGoal: true } };

function virtualStart(): number {
  return Math.floor(Date.now() / HOUR) * HOUR + 30 * DAY + 123;
}

async function ingestWorkspace(settings: Record<string, unknown> = {}) {
  const { workspace, emailTemplateId, smsTemplateId } = await createRunnerWorkspace(db);
  const { key } = await createApiKey(workspace.id, null, { kind: "write", name: "Test source" });
  const { journeyId, versionId } = await createLiveJourney(db, workspace.id, emailThenSmsGraph(emailTemplateId, smsTemplateId), settings);
  return { workspaceId: workspace.id, key, journeyId, versionId, emailTemplateId };
}

async function send200(endpoint: Parameters<typeof sendIngest>[0], body: Record<string, unknown>, key: string) {
  const response = await sendIngest(endpoint, body, { key });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
}

const customer = (userId: string, at: number) => ({ userId, traits: { email: `${userId}@example.test`, phone: "+447400123456", first_name: "Vi", consent: { email: "subscribed", sms: "subscribed" } }, timestamp: iso(at) });

describe("one clock under the test clock", () => {
  beforeEach(() => {
    vi.stubEnv("WAYMARK_TEST_CLOCK", "1");
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("honours a goal event ingested during a wait at the event's own (virtual) time", async () => {
    const ws = await ingestWorkspace(GOAL);
    const t = virtualStart();
    await send200("identify", customer("u-goal", t - MINUTE), ws.key);
    await send200("track", { userId: "u-goal", event: "Signed Up", properties: { plan: "pro" }, timestamp: iso(t) }, ws.key);
    const waiting = await db.enrollment.findFirstOrThrow({ where: { workspaceId: ws.workspaceId, journeyId: ws.journeyId } });
    expect(waiting).toMatchObject({ state: "waiting", currentNodeId: "wait-1d", enteredAt: new Date(t), wakeAt: new Date(t + DAY) });

    await send200("track", { userId: "u-goal", event: "Order Completed", properties: { total: 80 }, timestamp: iso(t + 2 * HOUR) }, ws.key);
    const ended = await db.enrollment.findUniqueOrThrow({ where: { id: waiting.id } });
    expect(ended).toMatchObject({ state: "exited", exitReason: 'goal reached: performed "Order Completed"', convertedAt: new Date(t + 2 * HOUR), exitedAt: new Date(t + 2 * HOUR) });
    const logs = await db.stepLog.findMany({ where: { enrollmentId: waiting.id }, orderBy: [{ at: "asc" }, { id: "asc" }] });
    expect(logs.filter((l) => l.at.getTime() === t + 2 * HOUR).map((l) => l.action)).toEqual(expect.arrayContaining(["converted"]));
    // The wait's end finds nothing left to do: no SMS.
    await tickWorkspace(db, ws.workspaceId, new Date(t + DAY + HOUR));
    expect(await db.message.count({ where: { enrollmentId: waiting.id, channel: "sms" } })).toBe(0);
  });

  it("applies frequency caps to messages sent at virtual times", async () => {
    const { workspace, emailTemplateId } = await createRunnerWorkspace(db);
    await updateWorkspaceRules(db, workspace.id, { frequencyCaps: [{ id: "day", name: "max 2/day", max: 2, windowHours: 24, channels: null }], quietHours: {} });
    const graph = {
      nodes: [step("trigger", "trigger", { source: { kind: "event", event: "Signed Up" }, reentry: "always" }), send("email", "email", emailTemplateId, { templateId: emailTemplateId }), exit("done", "Done")],
      edges: [link("trigger", "next", "email"), ...sendLinks("email", "done")],
    };
    const { versionId } = await createLiveJourney(db, workspace.id, graph);
    const run = (await loadRunVersions(db, [versionId])).versions.get(versionId);
    if (!run) throw new Error("version did not load");
    const profile = await createReachableProfile(db, workspace.id);
    const t = virtualStart();
    const enrolAt = async (ms: number) => {
      const result = await enrollProfile(db, { run, profileId: profile.id, event: { name: "Signed Up", properties: {}, timestamp: new Date(ms) }, now: new Date(ms) });
      if (!result.enrolled) throw new Error(result.reason);
      return db.stepLog.findFirstOrThrow({ where: { enrollmentId: result.enrollmentId, nodeId: "email" } });
    };
    expect((await enrolAt(t)).action).toBe("sent");
    expect((await enrolAt(t)).action).toBe("sent");
    const third = await enrolAt(t + HOUR);
    expect(third).toMatchObject({ action: "skipped", reason: expect.stringMatching(/^capped: 2 messages in 24 h/) });
    expect((await enrolAt(t + 25 * HOUR)).action).toBe("sent");
    const sent = await db.message.findMany({ where: { workspaceId: workspace.id }, orderBy: { createdAt: "asc" } });
    expect(sent.map((m) => m.createdAt.getTime())).toEqual([t, t, t + 25 * HOUR]);
  });

  it("stamps outbox rows, step logs and enrollment times with the virtual times exactly", async () => {
    const ws = await ingestWorkspace();
    const t = virtualStart();
    await send200("identify", customer("u-times", t - MINUTE), ws.key);
    await send200("track", { userId: "u-times", event: "Signed Up", properties: { plan: "pro" }, timestamp: iso(t) }, ws.key);
    const later = t + DAY + 7;
    await tickWorkspace(db, ws.workspaceId, new Date(later));

    const enrollment = await db.enrollment.findFirstOrThrow({ where: { workspaceId: ws.workspaceId, journeyId: ws.journeyId } });
    expect(enrollment).toMatchObject({ state: "completed", enteredAt: new Date(t), exitedAt: new Date(later) });
    const messages = await db.message.findMany({ where: { enrollmentId: enrollment.id }, orderBy: { createdAt: "asc" } });
    expect(messages.map((m) => [m.channel, m.createdAt.getTime(), m.nextAttemptAt.getTime()])).toEqual([
      ["email", t, t],
      ["sms", later, later],
    ]);
    const logs = await db.stepLog.findMany({ where: { enrollmentId: enrollment.id }, orderBy: [{ at: "asc" }, { id: "asc" }] });
    expect(logs.map((l) => `${l.nodeId}:${l.action}@${l.at.getTime() - t}`)).toEqual(
      expect.arrayContaining(["trigger:entered@0", "email:sent@0", "wait-1d:waiting@0", `sms:sent@${later - t}`, `done:completed@${later - t}`]),
    );
    expect(logs.every((l) => l.at.getTime() === t || l.at.getTime() === later)).toBe(true);
  });

  it("stamps the runs a merge ends with the time of the event that linked the profiles", async () => {
    const ws = await ingestWorkspace();
    const t = virtualStart();
    await send200("identify", customer("u-merge", t - MINUTE), ws.key);
    await send200("track", { userId: "u-merge", event: "Signed Up", timestamp: iso(t) }, ws.key);
    await send200("track", { anonymousId: "anon-merge", event: "Signed Up", context: { traits: { email: "other@example.test" } }, timestamp: iso(t + MINUTE) }, ws.key);
    expect(await db.enrollment.count({ where: { workspaceId: ws.workspaceId, state: "waiting" } })).toBe(2);

    const linkedAt = t + 3 * HOUR + 5;
    await send200("identify", { userId: "u-merge", anonymousId: "anon-merge", timestamp: iso(linkedAt) }, ws.key);
    const runs = await db.enrollment.findMany({ where: { workspaceId: ws.workspaceId }, orderBy: { enteredAt: "asc" } });
    expect(new Set(runs.map((r) => r.profileId)).size).toBe(1);
    const merged = runs.filter((r) => r.exitReason === "merged");
    expect(merged).toHaveLength(1);
    expect(merged[0]?.exitedAt).toEqual(new Date(linkedAt));
    expect(await db.profileMerge.findFirstOrThrow({ where: { workspaceId: ws.workspaceId } })).toMatchObject({ createdAt: new Date(linkedAt) });
  });
});

describe("without the test clock (production)", () => {
  it("reacts to an ingested event at the real time, its future timestamp bounded as before", async () => {
    const ws = await ingestWorkspace();
    const before = Date.now();
    await send200("identify", customer("u-real", before), ws.key);
    await send200("track", { userId: "u-real", event: "Signed Up", timestamp: iso(virtualStart()) }, ws.key);
    const enrollment = await db.enrollment.findFirstOrThrow({ where: { workspaceId: ws.workspaceId } });
    expect(enrollment.enteredAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(enrollment.enteredAt.getTime()).toBeLessThanOrEqual(Date.now());
    const event = await db.event.findFirstOrThrow({ where: { workspaceId: ws.workspaceId, name: "Signed Up" } });
    expect(event.timestamp.getTime()).toBeLessThanOrEqual(Date.now());
  });
});
