import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db/client";
import { createRecordingAdapter } from "../../channels/recording-adapter";
import { dispatchOutbox } from "../../channels/dispatch-outbox";
import { enrollProfile } from "./enroll-profile";
import { loadRunVersions } from "./load-run-versions";
import { tick } from "./tick";
import { at, createLiveJourney, createReachableProfile, createRunnerWorkspace, emailThenSmsGraph, signedUp } from "./testing/runner-fixtures";

const CHILD = path.join(import.meta.dirname, "testing", "tick-child.ts");
const T0 = at("2026-03-02T10:00:00Z");
const LATER = at("2026-03-03T11:00:00Z");

/** Runs the child runner; kills it with SIGKILL `killAfterMs` after it is ready (never, when null). */
function runChild(callsFile: string, workerId: string, killAfterMs: number | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CHILD, LATER.toISOString(), callsFile, workerId], { env: process.env, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on("data", (chunk: Buffer) => {
      if (killAfterMs !== null && chunk.toString().includes("ready")) setTimeout(() => child.kill("SIGKILL"), killAfterMs);
    });
    child.on("exit", (code, signal) => (code === 0 || signal === "SIGKILL" ? resolve() : reject(new Error(`child failed (${code}): ${stderr}`))));
  });
}

type TWorld = Awaited<ReturnType<typeof createRunnerWorkspace>>;

/** A live journey with `count` profiles enrolled at T0 (each got its email queued and waits a day). */
async function enrolled(world: TWorld, count: number) {
  const { versionId } = await createLiveJourney(db, world.workspace.id, emailThenSmsGraph(world.emailTemplateId, world.smsTemplateId));
  const run = (await loadRunVersions(db, [versionId])).versions.get(versionId);
  if (!run) throw new Error("no version");
  for (let i = 0; i < count; i++) {
    const profile = await createReachableProfile(db, world.workspace.id, `P${i}`);
    await enrollProfile(db, { run, profileId: profile.id, event: signedUp(T0.toISOString()), now: T0 });
  }
  return versionId;
}

/** Every enrollment's step log as "node:action" lines, and its messages. */
async function outcomes(versionIds: string[]) {
  const enrollments = await db.enrollment.findMany({ where: { versionId: { in: versionIds } }, select: { id: true, state: true, leaseOwner: true } });
  const logs = await db.stepLog.findMany({ where: { enrollmentId: { in: enrollments.map((e) => e.id) } }, orderBy: [{ at: "asc" }, { id: "asc" }] });
  const messages = await db.message.findMany({ where: { enrollmentId: { in: enrollments.map((e) => e.id) } }, include: { events: true } });
  return { enrollments, logs, messages };
}

/** Actions per enrollment, sorted within a step moment so id order inside one commit does not matter. */
function trail(logs: { enrollmentId: string; nodeId: string; action: string; at: Date }[], enrollmentId: string): string[] {
  return logs
    .filter((l) => l.enrollmentId === enrollmentId)
    .map((l) => `${l.at.toISOString()} ${l.nodeId}:${l.action}`)
    .sort();
}

function acceptedKeys(callsFile: string): string[] {
  if (!existsSync(callsFile)) return [];
  return readFileSync(callsFile, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { key: string }).key);
}

async function finishNormally(callsFile: string): Promise<void> {
  // Leases of killed children expire after 400 ms of wall time.
  await new Promise((r) => setTimeout(r, 500));
  await runChild(callsFile, "finisher", null);
}

// The issue asks for at least 50 killed runs in CI: 13 waves of 4.
const WAVES = 13;

describe("crash safety (SIGKILL during ticks)", () => {
  let world: TWorld;
  let reference: string[];
  beforeAll(async () => {
    world = await createRunnerWorkspace(db);
    const versionId = await enrolled(world, 1);
    await tick(db, { now: LATER, workerId: "reference" });
    await dispatchOutbox(db, { now: LATER, adapterFor: () => createRecordingAdapter(), batchSize: 10_000 });
    const { enrollments, logs } = await outcomes([versionId]);
    const only = enrollments[0];
    if (!only) throw new Error("no reference enrollment");
    reference = trail(logs, only.id);
    expect(reference.join("\n")).toContain("sms:sent");
  });

  function expectLikeReference(result: Awaited<ReturnType<typeof outcomes>>, expectedEnrollments: number) {
    expect(result.enrollments).toHaveLength(expectedEnrollments);
    for (const enrollment of result.enrollments) {
      expect(enrollment).toMatchObject({ state: "completed", leaseOwner: null });
      expect(trail(result.logs, enrollment.id)).toEqual(reference);
    }
    // One outbox row per (enrollment, node, visit): an email and an SMS each, all sent once.
    expect(result.messages).toHaveLength(expectedEnrollments * 2);
    for (const message of result.messages) {
      expect(message.status).toBe("sent");
      expect(message.events.filter((e) => e.type === "delivered")).toHaveLength(1);
    }
  }

  it(`loses no step and sends nothing twice when the runner is killed at random moments (${WAVES * 4} runs)`, async () => {
    const callsFile = path.join(tmpdir(), `waymark-calls-${randomUUID()}.jsonl`);
    const versionIds: string[] = [];
    // Waves of four victims at once (each wave brings fresh work): child start-up dominates the time.
    for (let wave = 0; wave < WAVES; wave++) {
      for (let i = 0; i < 4; i++) versionIds.push(await enrolled(world, 3));
      await Promise.all([0, 1, 2, 3].map((i) => runChild(callsFile, `victim-${wave}-${i}`, Math.floor(Math.random() * 300))));
    }
    await finishNormally(callsFile);
    const result = await outcomes(versionIds);
    expectLikeReference(result, WAVES * 4 * 3);
    const keys = acceptedKeys(callsFile);
    const messageKeys = new Set(result.messages.map((m) => m.idempotencyKey));
    // The provider saw only real outbox keys, and accepted each of them (collapsing repeats).
    expect(keys.every((k) => messageKeys.has(k))).toBe(true);
    expect(new Set(keys).size).toBe(messageKeys.size);
  }, 400_000);

  it("two workers at once, one of them killed, still step every enrollment exactly once", async () => {
    const callsFile = path.join(tmpdir(), `waymark-calls-${randomUUID()}.jsonl`);
    const versionId = await enrolled(world, 30);
    await Promise.all([runChild(callsFile, "worker-a", null), runChild(callsFile, "worker-b", 150 + Math.floor(Math.random() * 200))]);
    await finishNormally(callsFile);
    const result = await outcomes([versionId]);
    expectLikeReference(result, 30);
    expect(new Set(acceptedKeys(callsFile)).size).toBe(60);
  }, 120_000);
});
