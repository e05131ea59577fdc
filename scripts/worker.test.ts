import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrations/apply-migrations";
import { asJson } from "../lib/db/json";
import { createLiveJourney, createRunnerWorkspace, emailThenSmsGraph } from "../lib/engine/runner/testing/runner-fixtures";

/**
 * The worker as an operator runs it: exactly the documented command (`npm run worker`), stopped by
 * a signal sent to exactly the process that command started (its pid, not its process group), as
 * systemd, supervisord, Kubernetes or a shell script would. It runs against a SQLite file of its
 * own (never the suite's shared database, where it would step other tests' enrollments).
 */

const ROOT = path.resolve(import.meta.dirname, "..");
const DB_FILE = path.join(tmpdir(), `waymark-worker-test-${process.pid}-${randomUUID().slice(0, 8)}.db`);
const URL = `file:${DB_FILE}`;
const BATCH = 500; // the runner's batch size (tick's default)

let db: Db;
const started: ChildProcess[] = [];
const seenPids = new Set<number>();

beforeAll(async () => {
  await applyMigrations(URL);
  db = createDb(URL);
});

afterEach(() => {
  // Whatever the outcome, leave no process of ours behind (by pid: only the ones we started).
  for (const pid of seenPids) if (alive(pid)) process.kill(pid, "SIGKILL");
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  seenPids.clear();
  started.length = 0;
});

afterAll(async () => {
  await db.$disconnect();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${DB_FILE}${suffix}`, { force: true });
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Every live descendant of `pid` (children, grandchildren …), from `ps`. */
function descendantsOf(pid: number): number[] {
  const rows = execFileSync("ps", ["-eo", "pid=,ppid="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift();
    for (const [child, ppid] of rows) {
      if (ppid === parent && !found.includes(child)) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

type TRun = { child: ChildProcess; output: () => string; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }> };

/** `npm run worker` in the project folder, against this file's database. */
function startWorker(): TRun {
  const child = spawn("npm", ["run", "worker"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: URL, WORKER_INTERVAL_MS: "50" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.push(child);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) => {
    child.on("exit", (code, signal) => resolve({ code, signal, at: Date.now() }));
  });
  return { child, output: () => output, exited };
}

async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Signals exactly the spawned process and checks it and every process it started are gone. */
async function stopAndCheck(run: TRun, signal: "SIGTERM" | "SIGINT") {
  const pid = run.child.pid;
  if (pid === undefined) throw new Error("npm did not start");
  const family = descendantsOf(pid);
  expect(family.length).toBeGreaterThan(0); // the worker itself runs under npm
  for (const p of family) seenPids.add(p);
  const sentAt = Date.now();
  process.kill(pid, signal);
  const result = await Promise.race([run.exited, new Promise<null>((r) => setTimeout(() => r(null), 10_000))]);
  expect(result, `npm run worker did not exit within 10 s of ${signal}:\n${run.output()}`).not.toBeNull();
  expect({ code: result?.code, signal: result?.signal }, run.output()).toEqual({ code: 0, signal: null });
  expect((result?.at ?? Infinity) - sentAt).toBeLessThan(10_000);
  // Nothing of the worker is left running (an orphan would have been re-parented, still alive).
  // Helpers such as tsx's esbuild service end when their parent's pipe closes, which on a loaded
  // machine takes a moment: wait for that, bounded (an orphaned worker never ends by itself).
  const deadline = Date.now() + 5_000;
  while (family.some(alive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  expect(family.filter(alive), `left running:\n${run.output()}`).toEqual([]);
  return result;
}

/** `count` profiles waiting at the journey's one-day wait, due a minute ago (the email went out earlier). */
async function seedDueEnrollments(count: number) {
  const world = await createRunnerWorkspace(db);
  const { journeyId, versionId } = await createLiveJourney(db, world.workspace.id, emailThenSmsGraph(world.emailTemplateId, world.smsTemplateId));
  const workspaceId = world.workspace.id;
  const profileIds = Array.from({ length: count }, () => randomUUID());
  await db.profile.createMany({ data: profileIds.map((id) => ({ id, workspaceId, traits: asJson({ first_name: "Ada" }), timezone: "UTC" })) });
  const due = new Date(Date.now() - 60_000);
  const memory = asJson({ visits: { trigger: 1, email: 1, "wait-1d": 1 }, splits: {}, sends: {} });
  await db.enrollment.createMany({
    data: profileIds.map((profileId) => ({
      workspaceId,
      journeyId,
      versionId,
      profileId,
      state: "waiting",
      currentNodeId: "wait-1d",
      wakeAt: due,
      memory,
      enteredAt: new Date(due.getTime() - 86_400_000),
      activeSlot: `${journeyId}:${profileId}`,
    })),
  });
  return { journeyId };
}

describe("npm run worker", () => {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`exits 0 on ${signal} sent to the npm process, leaving no worker process behind`, async () => {
      const run = startWorker();
      // Running: it announced itself, and a pass (every 50 ms when busy, at most 500 ms idle) is under way.
      await waitFor("the worker to start", () => run.output().includes("journey worker"));
      await new Promise((r) => setTimeout(r, 300));
      await stopAndCheck(run, signal);
      expect(run.output()).toContain(`${signal}: finishing the current batch, then exiting`);
      expect(run.output()).toContain("journey worker stopped");
    }, 60_000);
  }

  it("finishes the batch in hand on SIGTERM: every claimed enrollment is stepped once, no lease is left", async () => {
    const total = BATCH * 5;
    const { journeyId } = await seedDueEnrollments(total);
    const run = startWorker();
    // Stop as soon as the worker holds a batch (leases taken) or has committed one.
    await waitFor("the worker to claim a batch", async () => (await db.enrollment.count({ where: { journeyId, leaseOwner: { not: null } } })) > 0 || (await db.stepLog.count({ where: { journeyId } })) > 0);
    await stopAndCheck(run, "SIGTERM");

    const enrollments = await db.enrollment.findMany({ where: { journeyId }, select: { id: true, state: true, leaseOwner: true, leaseUntil: true } });
    const resumed = await db.stepLog.groupBy({ by: ["enrollmentId"], where: { journeyId, nodeId: "wait-1d", action: "resumed" }, _count: { _all: true } });
    // No lease outlives the worker: the batch in hand committed (its transaction releases them).
    expect(enrollments.filter((e) => e.leaseOwner !== null || e.leaseUntil !== null)).toEqual([]);
    // Each enrollment was stepped at most once, and stepped ones finished the journey.
    expect(resumed.every((r) => r._count._all === 1)).toBe(true);
    const stepped = new Set(resumed.map((r) => r.enrollmentId));
    for (const e of enrollments) expect(e.state).toBe(stepped.has(e.id) ? "completed" : "waiting");
    // Whole batches only, and not the rest: the worker stopped after the batch in hand (the
    // remaining enrollments stay due, unleased, for the next worker).
    expect(stepped.size).toBeGreaterThan(0);
    expect(stepped.size % BATCH).toBe(0);
    expect(stepped.size).toBeLessThan(total);
    // The pass the worker logged on its way out counted exactly these.
    const loggedClaims = run
      .output()
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as { tick: { claimed: number } })
      .reduce((sum, pass) => sum + pass.tick.claimed, 0);
    expect(loggedClaims).toBe(stepped.size);
  }, 120_000);
});
