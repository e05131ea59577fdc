import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { asJson } from "@/lib/db/json";
import { createTestWorkspace } from "@/lib/db/testing/factories";
import { DomainError } from "@/lib/errors";
import { getJob } from "@/lib/jobs/get-job";
import { estimateSegmentSize } from "./estimate-segment-size";
import { startSegmentRecompute } from "./start-segment-recompute";
import { updateSegment } from "./update-segment";
import { memberIds } from "./testing/segment-fixtures";
import { wilsonInterval } from "./wilson-interval";

async function population(size: number, proEvery: number) {
  const workspaceId = (await createTestWorkspace()).id;
  await db.profile.createMany({ data: Array.from({ length: size }, (_, i) => ({ workspaceId, traits: { plan: i % proEvery === 0 ? "pro" : "free", n: i } })) });
  return workspaceId;
}

const pro = { kind: "trait", path: "plan", op: "equals", value: "pro" } as const;

describe("segment recompute", () => {
  it("evaluates every profile in batches, reports progress, and writes only the differences", async () => {
    const workspaceId = await population(1_203, 3);
    const segment = await db.segment.create({ data: { workspaceId, name: "Pros", definition: asJson(pro) } });
    const first = await startSegmentRecompute(db, workspaceId, segment.id);
    expect(first.job).toMatchObject({ kind: "segmentRecompute", total: 1_203, input: { segmentId: segment.id } });
    const done = await first.done;
    expect(done).toMatchObject({ status: "succeeded", processed: 1_203, progress: 1, result: { entered: 401, exited: 0, members: 401 } });
    const row = await db.segment.findUniqueOrThrow({ where: { id: segment.id } });
    expect(row.memberCount).toBe(401);
    expect(row.computedAt).not.toBeNull();
    const membersBefore = await db.segmentMembership.findMany({ where: { segmentId: segment.id }, orderBy: { id: "asc" } });

    // Two profiles change plan behind the segment's back (no incremental update): only they move.
    const [gone, joined] = await Promise.all([
      db.profile.findFirstOrThrow({ where: { workspaceId, traits: { equals: { plan: "pro", n: 0 } } } }),
      db.profile.findFirstOrThrow({ where: { workspaceId, traits: { equals: { plan: "free", n: 1 } } } }),
    ]);
    await db.profile.update({ where: { id: gone.id }, data: { traits: { plan: "free" } } });
    await db.profile.update({ where: { id: joined.id }, data: { traits: { plan: "pro" } } });
    const second = await (await startSegmentRecompute(db, workspaceId, segment.id)).done;
    expect(second.result).toMatchObject({ entered: 1, exited: 1, members: 401 });
    const membersAfter = await db.segmentMembership.findMany({ where: { segmentId: segment.id }, orderBy: { id: "asc" } });
    const untouched = membersBefore.filter((m) => m.profileId !== gone.id);
    for (const before of untouched) expect(membersAfter.find((m) => m.id === before.id)?.enteredAt).toEqual(before.enteredAt);
    expect(await db.segmentMembershipChange.count({ where: { segmentId: segment.id } })).toBe(401 + 2);
    expect(await memberIds(db, segment.id)).toContain(joined.id);
  });

  it("refuses a second recompute of the same segment while one runs, naming it", async () => {
    const workspaceId = await population(600, 2);
    const segment = await db.segment.create({ data: { workspaceId, name: "Pros", definition: asJson(pro) } });
    const running = await startSegmentRecompute(db, workspaceId, segment.id);
    const refusal = await startSegmentRecompute(db, workspaceId, segment.id).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ kind: "conflict", details: { jobId: running.job.id } });
    await running.done;
    expect((await getJob(db, workspaceId, running.job.id)).status).toBe("succeeded");
    const again = await startSegmentRecompute(db, workspaceId, segment.id);
    expect((await again.done).status).toBe("succeeded");
  });

  it("starts one recompute when two are asked for at the same instant", async () => {
    const workspaceId = await population(300, 5);
    const segment = await db.segment.create({ data: { workspaceId, name: "Pros", definition: asJson(pro) } });
    const outcomes = await Promise.allSettled([startSegmentRecompute(db, workspaceId, segment.id), startSegmentRecompute(db, workspaceId, segment.id), startSegmentRecompute(db, workspaceId, segment.id)]);
    const started = outcomes.flatMap((o) => (o.status === "fulfilled" ? [o.value] : []));
    expect(started).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === "rejected").map((o) => (o as PromiseRejectedResult).reason)).toEqual([expect.objectContaining({ kind: "conflict", details: { jobId: started[0]?.job.id } }), expect.objectContaining({ kind: "conflict" })]);
    await started[0]?.done;
    expect(await db.backgroundJob.count({ where: { workspaceId, kind: "segmentRecompute" } })).toBe(1);
  });

  it("takes over from a recompute whose process died: the dead one is failed and a new one runs", async () => {
    const workspaceId = await population(50, 6);
    const segment = await db.segment.create({ data: { workspaceId, name: "Pros", definition: asJson(pro) } });
    const longAgo = new Date(Date.now() - 10 * 60_000);
    const dead = await db.backgroundJob.create({ data: { workspaceId, kind: "segmentRecompute", status: "running", input: asJson({ segmentId: segment.id }), startedAt: longAgo, heartbeatAt: longAgo, exclusiveKey: `segmentRecompute:${segment.id}` } });
    const fresh = await startSegmentRecompute(db, workspaceId, segment.id);
    expect((await fresh.done).status).toBe("succeeded");
    expect(await db.backgroundJob.findUniqueOrThrow({ where: { id: dead.id } })).toMatchObject({ status: "failed", exclusiveKey: null });
    expect(await db.backgroundJob.findUniqueOrThrow({ where: { id: fresh.job.id } })).toMatchObject({ exclusiveKey: null });
  });
});

describe("a definition changed during a recompute", () => {
  it("ends with the members of the new definition", async () => {
    const workspaceId = await population(1_500, 3);
    const segment = await db.segment.create({ data: { workspaceId, name: "Pros", definition: asJson(pro) } });
    const running = await startSegmentRecompute(db, workspaceId, segment.id);
    // The recompute is running: the update cannot start another, the running one goes again.
    await updateSegment(db, workspaceId, segment.id, null, { definition: { kind: "not", condition: pro } });
    const job = await running.done;
    expect(job.status).toBe("succeeded");
    // Had the first job ended before the update, the update started a second one: let it finish.
    await expect.poll(async () => db.backgroundJob.count({ where: { workspaceId, status: { in: ["queued", "running"] } } }), { timeout: 20_000 }).toBe(0);
    expect(await db.segmentMembership.count({ where: { segmentId: segment.id, exitedAt: null } })).toBe(1_000);
    expect((await db.segment.findUniqueOrThrow({ where: { id: segment.id } })).memberCount).toBe(1_000);
  });
});

describe("segment size estimate", () => {
  it("counts exactly in a small workspace", async () => {
    const workspaceId = await population(900, 4);
    expect(await estimateSegmentSize(db, workspaceId, pro)).toEqual({ count: 225, exact: true, low: 225, high: 225, evaluated: 900, totalProfiles: 900 });
  });

  it("samples a large workspace, and its 95 % interval holds the truth", async () => {
    const workspaceId = await population(4_000, 5);
    const truth = 800;
    const estimates = [];
    for (let i = 0; i < 5; i++) estimates.push(await estimateSegmentSize(db, workspaceId, pro, { exactUpTo: 1_000, sampleSize: 600 }));
    for (const e of estimates) {
      expect(e).toMatchObject({ exact: false, evaluated: 600, totalProfiles: 4_000 });
      expect(e.low).toBeLessThanOrEqual(e.count);
      expect(e.high).toBeGreaterThanOrEqual(e.count);
      expect(e.high - e.low).toBeLessThan(400);
    }
    // Each interval misses with probability ≤ 5 %; three misses in five would be a 1-in-5,000 event.
    expect(estimates.filter((e) => e.low <= truth && truth <= e.high).length).toBeGreaterThanOrEqual(3);
  });

  it("computes the Wilson interval", () => {
    const { low, high } = wilsonInterval(20, 100);
    expect(low).toBeCloseTo(0.1333, 3);
    expect(high).toBeCloseTo(0.2888, 3);
    expect(wilsonInterval(0, 50).low).toBe(0);
    expect(wilsonInterval(50, 50).high).toBe(1);
  });
});
