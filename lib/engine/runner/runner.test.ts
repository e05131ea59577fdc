import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../db/client";
import { createRecordingAdapter } from "../../channels/recording-adapter";
import { dispatchOutbox } from "../../channels/dispatch-outbox";
import { claimDueEnrollments } from "./claim-due-enrollments";
import { commitSteps } from "./commit-steps";
import { buildCommitItems } from "./build-commit-items";
import { enrollProfile } from "./enroll-profile";
import { handleIngestedEvent } from "./handle-ingested-event";
import { loadRunVersions } from "./load-run-versions";
import { tick } from "./tick";
import { loadStepContexts } from "../context/load-step-contexts";
import { enrollmentFromRow } from "../context/enrollment-row";
import { ENROLLMENT_COLUMNS } from "./step-claimed";
import { providerOf, databaseUrl } from "../../db/database-url";
import { at, createLiveJourney, createReachableProfile, createRunnerWorkspace, emailThenSmsGraph, signedUp, waitForClickGraph } from "./testing/runner-fixtures";

const provider = providerOf(databaseUrl());

async function liveRun(versionId: string) {
  const run = (await loadRunVersions(db, [versionId])).versions.get(versionId);
  if (!run) throw new Error("version did not load");
  return run;
}

describe("enrolling and stepping", () => {
  let world: Awaited<ReturnType<typeof createRunnerWorkspace>>;
  beforeEach(async () => {
    world = await createRunnerWorkspace(db);
  });

  it("enrols, steps to the wait and commits state, step log, counters and one rendered outbox row", async () => {
    const { journeyId, versionId } = await createLiveJourney(db, world.workspace.id, emailThenSmsGraph(world.emailTemplateId, world.smsTemplateId));
    const profile = await createReachableProfile(db, world.workspace.id, "Ada");
    const now = at("2026-03-02T10:00:00Z");
    const result = await enrollProfile(db, { run: await liveRun(versionId), profileId: profile.id, event: signedUp("2026-03-02T10:00:00Z"), now });
    expect(result).toMatchObject({ enrolled: true, state: "waiting", currentNodeId: "wait-1d", sent: 1 });

    const enrollment = await db.enrollment.findFirstOrThrow({ where: { journeyId } });
    expect(enrollment.wakeAt?.toISOString()).toBe("2026-03-03T10:00:00.000Z");
    expect(enrollment.leaseOwner).toBeNull();
    const logs = await db.stepLog.findMany({ where: { enrollmentId: enrollment.id }, orderBy: { at: "asc" } });
    expect(logs.map((l) => `${l.nodeId}:${l.action}`)).toEqual(["trigger:entered", "email:sent", "wait-1d:waiting"]);
    const stats = await db.nodeStat.findMany({ where: { journeyId }, orderBy: { nodeId: "asc" } });
    expect(stats.map((s) => `${s.nodeId}:${s.metric}=${s.count}`)).toEqual(["email:sent=1", "trigger:entered=1", "wait-1d:waiting=1"]);
    const messages = await db.message.findMany({ where: { enrollmentId: enrollment.id } });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ status: "pending", channel: "email", nodeId: "email", idempotencyKey: `${enrollment.id}:email:1` });
    expect(messages[0]).toMatchObject({ frequencyCapExempt: false, recipient: expect.stringMatching(/^ada-.*@example.test$/) });
    expect(messages[0]?.content).toMatchObject({ rendered: { subject: "Hi Ada", text: "Hi pro" } });
  });

  it("refuses a second enrolment while the first is running (re-entry after exit)", async () => {
    const { versionId } = await createLiveJourney(db, world.workspace.id, emailThenSmsGraph(world.emailTemplateId, world.smsTemplateId));
    const profile = await createReachableProfile(db, world.workspace.id);
    const run = await liveRun(versionId);
    const now = at("2026-03-02T10:00:00Z");
    await enrollProfile(db, { run, profileId: profile.id, event: signedUp("2026-03-02T10:00:00Z"), now });
    const again = await enrollProfile(db, { run, profileId: profile.id, event: signedUp("2026-03-02T11:00:00Z"), now: at("2026-03-02T11:00:00Z") });
    expect(again).toEqual({ enrolled: false, reason: "already in this journey (re-entry only after exit)" });
  });

  it("re-running the same step and commit cannot create a second message", async () => {
    const { versionId } = await createLiveJourney(db, world.workspace.id, emailThenSmsGraph(world.emailTemplateId, world.smsTemplateId));
    const profile = await createReachableProfile(db, world.workspace.id);
    const run = await liveRun(versionId);
    await enrollProfile(db, { run, profileId: profile.id, event: signedUp("2026-03-02T10:00:00Z"), now: at("2026-03-02T10:00:00Z") });
    const row = await db.enrollment.findFirstOrThrow({ where: { versionId }, select: { ...ENROLLMENT_COLUMNS } });
    const parsed = enrollmentFromRow(row);
    if (!parsed.ok) throw new Error(parsed.reason);
    const later = at("2026-03-03T10:00:00Z");
    const contexts = await loadStepContexts(db, [{ enrollmentId: row.id, workspaceId: row.workspaceId, profileId: row.profileId, journeyId: row.journeyId, version: run.version }], later);
    const context = contexts.get(row.id);
    if (!context) throw new Error("no context");
    const items = await buildCommitItems(db, [{ workspaceId: row.workspaceId, mode: "update", enrollment: parsed.enrollment, context, run }], later);
    const first = await commitSteps(db, items, { leaseOwner: null, now: later });
    const second = await commitSteps(db, items, { leaseOwner: null, now: later });
    expect(first.sent).toBe(1);
    expect(second.sent).toBe(0);
    const sms = await db.message.findMany({ where: { enrollmentId: row.id, channel: "sms" } });
    expect(sms).toHaveLength(1);
  });

  it("renders a deleted template as a failed outbox row with the reason, and the enrollment still moves on", async () => {
    const { versionId } = await createLiveJourney(db, world.workspace.id, emailThenSmsGraph(world.emailTemplateId, world.smsTemplateId));
    await db.template.delete({ where: { id: world.emailTemplateId } });
    const profile = await createReachableProfile(db, world.workspace.id);
    const result = await enrollProfile(db, { run: await liveRun(versionId), profileId: profile.id, event: signedUp("2026-03-02T10:00:00Z"), now: at("2026-03-02T10:00:00Z") });
    expect(result).toMatchObject({ enrolled: true, currentNodeId: "wait-1d", sent: 0 });
    const message = await db.message.findFirstOrThrow({ where: { profileId: profile.id } });
    expect(message.status).toBe("failed");
    expect(message.error).toMatch(/no longer exists/);
  });
});

describe("tick", () => {
  it("claims only due enrollments, steps them on, and leaves the rest waiting", async () => {
    const world = await createRunnerWorkspace(db);
    const { versionId } = await createLiveJourney(db, world.workspace.id, emailThenSmsGraph(world.emailTemplateId, world.smsTemplateId));
    const run = await liveRun(versionId);
    const early = await createReachableProfile(db, world.workspace.id);
    const late = await createReachableProfile(db, world.workspace.id);
    await enrollProfile(db, { run, profileId: early.id, event: signedUp("2026-03-02T10:00:00Z"), now: at("2026-03-02T10:00:00Z") });
    await enrollProfile(db, { run, profileId: late.id, event: signedUp("2026-03-02T20:00:00Z"), now: at("2026-03-02T20:00:00Z") });

    const summary = await tick(db, { now: at("2026-03-03T12:00:00Z"), workerId: "test" });
    expect(summary.stepped).toBeGreaterThanOrEqual(1);
    const rows = await db.enrollment.findMany({ where: { versionId }, select: { profileId: true, state: true, currentNodeId: true } });
    expect(rows.find((r) => r.profileId === early.id)).toMatchObject({ state: "completed", currentNodeId: "done" });
    expect(rows.find((r) => r.profileId === late.id)).toMatchObject({ state: "waiting", currentNodeId: "wait-1d" });
    expect(await db.message.count({ where: { profileId: early.id, channel: "sms" } })).toBe(1);
  });

  it("does not claim what another tick holds, and takes over a lease once it expired", async () => {
    const world = await createRunnerWorkspace(db);
    const { versionId } = await createLiveJourney(db, world.workspace.id, emailThenSmsGraph(world.emailTemplateId, world.smsTemplateId));
    const profile = await createReachableProfile(db, world.workspace.id);
    await enrollProfile(db, { run: await liveRun(versionId), profileId: profile.id, event: signedUp("2026-03-02T10:00:00Z"), now: at("2026-03-02T10:00:00Z") });
    const now = at("2026-03-04T00:00:00Z");
    const wall = new Date();
    const mine = (rows: { versionId: string }[]) => rows.filter((r) => r.versionId === versionId);
    const first = await claimDueEnrollments(db, { now, leaseNow: wall, leaseMs: 30_000, leaseOwner: "crashed-worker", limit: 10_000, provider });
    expect(mine(first)).toHaveLength(1);
    const second = await claimDueEnrollments(db, { now, leaseNow: wall, leaseMs: 30_000, leaseOwner: "second-worker", limit: 10_000, provider });
    expect(mine(second)).toHaveLength(0);
    // 31 s later the crashed worker's lease has expired: the enrollment is claimed and stepped.
    const summary = await tick(db, { now, workerId: "rescuer", leaseClock: () => new Date(wall.getTime() + 31_000) });
    expect(summary.stepped).toBeGreaterThanOrEqual(1);
    const row = await db.enrollment.findFirstOrThrow({ where: { versionId } });
    expect(row).toMatchObject({ state: "completed", leaseOwner: null });
  });

  it("leaves enrollments of a paused journey waiting until it is live again", async () => {
    const world = await createRunnerWorkspace(db);
    const { journeyId, versionId } = await createLiveJourney(db, world.workspace.id, emailThenSmsGraph(world.emailTemplateId, world.smsTemplateId));
    const profile = await createReachableProfile(db, world.workspace.id);
    await enrollProfile(db, { run: await liveRun(versionId), profileId: profile.id, event: signedUp("2026-03-02T10:00:00Z"), now: at("2026-03-02T10:00:00Z") });
    await db.journey.update({ where: { id: journeyId }, data: { status: "paused" } });
    await tick(db, { now: at("2026-03-05T00:00:00Z"), workerId: "test" });
    expect(await db.enrollment.findFirstOrThrow({ where: { versionId } })).toMatchObject({ state: "waiting", currentNodeId: "wait-1d", leaseOwner: null });
    await db.journey.update({ where: { id: journeyId }, data: { status: "live" } });
    await tick(db, { now: at("2026-03-05T00:00:00Z"), workerId: "test" });
    expect(await db.enrollment.findFirstOrThrow({ where: { versionId } })).toMatchObject({ state: "completed" });
  });
});

describe("handleIngestedEvent", () => {
  it("enrols on the trigger event, then resumes the wait-for-event on the next event in the same call", async () => {
    const world = await createRunnerWorkspace(db);
    const { versionId } = await createLiveJourney(db, world.workspace.id, waitForClickGraph(world.emailTemplateId));
    const profile = await createReachableProfile(db, world.workspace.id);
    const entered = await handleIngestedEvent(db, { workspaceId: world.workspace.id, profileId: profile.id, event: signedUp("2026-03-02T10:00:00Z"), now: at("2026-03-02T10:00:00Z") });
    expect(entered.enrolments).toEqual([expect.objectContaining({ enrolled: true, state: "waiting", currentNodeId: "wait-click" })]);

    const clicked = { name: "Clicked", properties: {}, timestamp: at("2026-03-02T11:00:00Z") };
    const resumed = await handleIngestedEvent(db, { workspaceId: world.workspace.id, profileId: profile.id, event: clicked, now: at("2026-03-02T11:00:00Z") });
    expect(resumed).toMatchObject({ stepped: 1, sent: 1, enrolments: [] });
    const row = await db.enrollment.findFirstOrThrow({ where: { versionId } });
    expect(row).toMatchObject({ state: "completed", currentNodeId: "done" });
    const logs = await db.stepLog.findMany({ where: { enrollmentId: row.id }, orderBy: { at: "asc" } });
    expect(logs.map((l) => l.action)).toContain("eventReceived");
  });
});

describe("dispatchOutbox", () => {
  it("retries a failing provider with exponential backoff and delivers each key once", async () => {
    const world = await createRunnerWorkspace(db);
    const { versionId } = await createLiveJourney(db, world.workspace.id, emailThenSmsGraph(world.emailTemplateId, world.smsTemplateId));
    const profile = await createReachableProfile(db, world.workspace.id);
    await enrollProfile(db, { run: await liveRun(versionId), profileId: profile.id, event: signedUp("2026-03-02T10:00:00Z"), now: at("2026-03-02T10:00:00Z") });
    const key = (await db.message.findFirstOrThrow({ where: { profileId: profile.id } })).idempotencyKey;
    const tries = (k: string) => adapter.calls.filter((c) => c.idempotencyKey === k).length;
    const adapter = createRecordingAdapter({ fail: (d) => (d.idempotencyKey === key && tries(key) <= 2 ? { status: "failed", error: "503 from provider", retryable: true } : null) });
    const adapterFor = () => adapter;
    const mineOnly = async (now: Date) => {
      await dispatchOutbox(db, { now, adapterFor, batchSize: 10_000 });
      return db.message.findFirstOrThrow({ where: { idempotencyKey: key } });
    };
    const t0 = at("2026-03-02T10:00:00Z");
    expect(await mineOnly(t0)).toMatchObject({ status: "pending", attempts: 1, error: "503 from provider" });
    expect((await db.message.findFirstOrThrow({ where: { idempotencyKey: key } })).nextAttemptAt.toISOString()).toBe("2026-03-02T10:02:00.000Z");
    expect(await mineOnly(at("2026-03-02T10:01:00Z"))).toMatchObject({ status: "pending", attempts: 1 });
    expect(await mineOnly(at("2026-03-02T10:02:00Z"))).toMatchObject({ status: "pending", attempts: 2 });
    const sent = await mineOnly(at("2026-03-02T10:06:00Z"));
    expect(sent).toMatchObject({ status: "sent", attempts: 3, provider: "recording", providerMessageId: `rec:${key}` });
    await mineOnly(at("2026-03-02T11:00:00Z"));
    expect(adapter.calls.filter((c) => c.idempotencyKey === key)).toHaveLength(3);
    expect([...adapter.accepted.keys()].filter((k) => k === key)).toHaveLength(1);
    expect(await db.messageEvent.count({ where: { messageId: sent.id, type: "delivered" } })).toBe(1);
  });

  it("gives up after five failed attempts", async () => {
    const world = await createRunnerWorkspace(db);
    const { versionId } = await createLiveJourney(db, world.workspace.id, emailThenSmsGraph(world.emailTemplateId, world.smsTemplateId));
    const profile = await createReachableProfile(db, world.workspace.id);
    await enrollProfile(db, { run: await liveRun(versionId), profileId: profile.id, event: signedUp("2026-03-02T10:00:00Z"), now: at("2026-03-02T10:00:00Z") });
    const adapter = createRecordingAdapter({ fail: () => ({ status: "failed", error: "mailbox full" }) });
    let now = at("2026-03-02T10:00:00Z");
    for (let i = 0; i < 6; i++) {
      await dispatchOutbox(db, { now, adapterFor: () => adapter, batchSize: 10_000 });
      now = new Date(now.getTime() + 2 * 3_600_000);
    }
    expect(await db.message.findFirstOrThrow({ where: { profileId: profile.id } })).toMatchObject({ status: "failed", attempts: 5, error: "mailbox full" });
  });

  it("retries an interrupted attempt with the same key on an idempotent adapter, and marks it unknown on SMTP-like ones", async () => {
    const world = await createRunnerWorkspace(db);
    const { versionId } = await createLiveJourney(db, world.workspace.id, emailThenSmsGraph(world.emailTemplateId, world.smsTemplateId));
    const run = await liveRun(versionId);
    const a = await createReachableProfile(db, world.workspace.id);
    const b = await createReachableProfile(db, world.workspace.id);
    for (const p of [a, b]) await enrollProfile(db, { run, profileId: p.id, event: signedUp("2026-03-02T10:00:00Z"), now: at("2026-03-02T10:00:00Z") });
    const wall = new Date();
    // Both attempts were marked and their dispatcher died before recording the outcome.
    await db.message.updateMany({ where: { profileId: { in: [a.id, b.id] } }, data: { status: "sending", attempts: 1, leaseUntil: new Date(wall.getTime() - 1000) } });
    const http = createRecordingAdapter({ name: "http", idempotent: true });
    const smtp = createRecordingAdapter({ name: "smtp", idempotent: false });
    await dispatchOutbox(db, { now: at("2026-03-02T10:05:00Z"), batchSize: 10_000, adapterFor: (_c, workspaceId) => (workspaceId === world.workspace.id ? smtp : http) });
    expect(await db.message.findFirstOrThrow({ where: { profileId: a.id } })).toMatchObject({ status: "unknown" });
    expect(smtp.calls.filter((c) => c.message.profileId === a.id)).toHaveLength(0);
    await db.message.updateMany({ where: { profileId: b.id }, data: { status: "sending", leaseUntil: new Date(wall.getTime() - 1000) } });
    await dispatchOutbox(db, { now: at("2026-03-02T10:05:00Z"), batchSize: 10_000, adapterFor: () => http });
    expect(await db.message.findFirstOrThrow({ where: { profileId: b.id } })).toMatchObject({ status: "sent", attempts: 2 });
  });
});
