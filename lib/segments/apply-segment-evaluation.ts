import { dbProvider, type Db } from "../db/client";
import { Prisma } from "../db/generated/sqlite/client";
import { randomUUID } from "node:crypto";
import { insertRows } from "../profiles/insert-rows";
import { isRetryableConflict } from "../profiles/run-write-transaction";
import { evaluateDefinitions } from "./evaluate-segment-for";
import type { TSegmentDefinition } from "./load-active-segments";
import type { TSegmentDb } from "./load-segment-contexts";

export type TApplyInput = {
  workspaceId: string;
  /** every active segment of the workspace (the dependency graph) */
  all: readonly TSegmentDefinition[];
  /** the segments to evaluate for these profiles */
  segments: readonly TSegmentDefinition[];
  profileIds: readonly string[];
  now: Date;
};

export type TApplyResult = {
  /** profiles that still exist and were evaluated */
  evaluated: number;
  entered: number;
  exited: number;
  bySegment: Map<string, { entered: number; exited: number }>;
};

type TRow = { id: string; segmentId: string; profileId: string; exitedAt: Date | null; recheckAt: Date | null };
type TChange = { segmentId: string; profileId: string; change: "entered" | "exited" };

const sameTime = (a: Date | null, b: Date | null) => (a === null ? b === null : b !== null && a.getTime() === b.getTime());

/**
 * Locks the profiles (PostgreSQL: FOR UPDATE in id order, as every writer attaching rows to a
 * profile does, so a concurrent merge either waits or has already removed one), reads the ids
 * that still exist.
 */
async function lockExistingProfiles(tx: TSegmentDb, workspaceId: string, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const sorted = [...new Set(ids)].sort();
  const lock = dbProvider() === "postgresql" ? Prisma.sql`FOR UPDATE` : Prisma.empty;
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Profile" WHERE "workspaceId" = ${workspaceId} AND "id" IN (${Prisma.join(sorted)}) ORDER BY "id" ${lock}`;
  return rows.map((r) => r.id);
}

/**
 * Evaluates `segments` for `profileIds` inside the caller's transaction and writes only the
 * differences: an entry (row created or reopened: enteredAt now, exitedAt null), an exit
 * (exitedAt now), a SegmentMembershipChange row for each ("entered" / "exited", processedAt null,
 * for segment-entry triggers and history), memberCount moved by the net change, and recheckAt
 * where it moved. A non-member whose answer may flip with time alone ("has not ordered in 60
 * days") keeps a row with exitedAt set and recheckAt, so the recheck finds them.
 */
export async function applySegmentEvaluation(tx: TSegmentDb, input: TApplyInput): Promise<TApplyResult> {
  const { workspaceId, now } = input;
  const result: TApplyResult = { evaluated: 0, entered: 0, exited: 0, bySegment: new Map() };
  const profileIds = await lockExistingProfiles(tx, workspaceId, input.profileIds);
  if (profileIds.length === 0 || input.segments.length === 0) return result;
  const answers = await evaluateDefinitions(tx, workspaceId, input.all, input.segments, profileIds, now);
  result.evaluated = answers.size;
  const segmentIds = input.segments.map((s) => s.id);
  const rows: TRow[] = await tx.segmentMembership.findMany({
    where: { workspaceId, segmentId: { in: segmentIds }, profileId: { in: profileIds } },
    select: { id: true, segmentId: true, profileId: true, exitedAt: true, recheckAt: true },
  });
  const rowOf = new Map(rows.map((r) => [`${r.segmentId}\u0000${r.profileId}`, r]));
  const creates: Record<string, unknown>[] = [];
  const changes: TChange[] = [];
  const updates: { id: string; data: Prisma.SegmentMembershipUpdateInput }[] = [];
  for (const [profileId, bySegment] of answers) {
    for (const [segmentId, answer] of bySegment) {
      const row = rowOf.get(`${segmentId}\u0000${profileId}`);
      const wasMember = row !== undefined && row.exitedAt === null;
      if (answer.member && !wasMember) changes.push({ segmentId, profileId, change: "entered" });
      if (!answer.member && wasMember) changes.push({ segmentId, profileId, change: "exited" });
      if (!row) {
        if (answer.member || answer.recheckAt) creates.push({ id: randomUUID(), workspaceId, segmentId, profileId, enteredAt: now, exitedAt: answer.member ? null : now, recheckAt: answer.recheckAt });
      } else if (answer.member !== wasMember) {
        updates.push({ id: row.id, data: answer.member ? { enteredAt: now, exitedAt: null, recheckAt: answer.recheckAt } : { exitedAt: now, recheckAt: answer.recheckAt } });
      } else if (!sameTime(row.recheckAt, answer.recheckAt)) {
        updates.push({ id: row.id, data: { recheckAt: answer.recheckAt } });
      }
    }
  }
  // Plain multi-row INSERTs: Prisma's createMany costs more than the database at recompute sizes.
  await insertRows(tx, "SegmentMembership", creates);
  for (const update of updates) await tx.segmentMembership.update({ where: { id: update.id }, data: update.data });
  await insertRows(tx, "SegmentMembershipChange", changes.map((c) => ({ id: randomUUID(), workspaceId, segmentId: c.segmentId, profileId: c.profileId, change: c.change, at: now, processedAt: null })));
  for (const c of changes) {
    const counts = result.bySegment.get(c.segmentId) ?? { entered: 0, exited: 0 };
    counts[c.change] += 1;
    result.bySegment.set(c.segmentId, counts);
    result[c.change] += 1;
  }
  // Segment rows in id order: two transactions never wait on each other's segments crosswise.
  for (const segmentId of [...result.bySegment.keys()].sort()) {
    const counts = result.bySegment.get(segmentId) as { entered: number; exited: number };
    const delta = counts.entered - counts.exited;
    if (delta !== 0) await tx.segment.update({ where: { id: segmentId }, data: { memberCount: { increment: delta } } });
  }
  return result;
}

/**
 * Runs `work` in one transaction, again from a fresh read when it lost a race (a unique
 * membership created concurrently, a deadlock, SQLite busy), with jittered backoff.
 */
export async function runSegmentTransaction<T>(db: Db, work: (tx: TSegmentDb) => Promise<T>, attempts = 8): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work, { maxWait: 20_000, timeout: 120_000 });
    } catch (error) {
      if (attempt >= attempts || !isRetryableConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(250, 4 * 2 ** attempt) * (0.5 + Math.random())));
    }
  }
}
