import type { Db } from "../../db/client";
import type { Prisma } from "../../db/generated/sqlite/client";
import { asJson } from "../../db/json";
import { enrollmentToRowData } from "../context/enrollment-row";
import type { TStepResult } from "../types";
import { isUniqueViolation, retryOnUniqueViolation } from "../../journeys/retry-on-unique-violation";
import { SlotTakenError } from "./active-slot";
import { applyTraitUpdates } from "./apply-trait-updates";
import { recheckAfterSteps } from "./recheck-after-steps";
import { updateSegmentsAfterSteps } from "./update-segments-after-steps";
import type { TOutboxRow } from "./render-sends";
import { writeRefusals, type TRefusal } from "./write-refusals";

/** One stepped enrollment, ready to be written. */
export type TCommitItem = {
  workspaceId: string;
  /** `create`: a new enrollment (enrolment); `update`: an existing row, written only while we hold its lease. */
  mode: "create" | "update";
  result: TStepResult;
  outbox: readonly TOutboxRow[];
  /** `create` only: the `Enrollment.activeSlot` the run holds while it is active or waiting (see `activeSlotFor`). */
  activeSlot?: string | null;
};

/** `slotTaken`: new enrollments left out because the profile already holds a run in the journey (a concurrent enrolment won). */
export type TCommitSummary = { committed: string[]; lost: string[]; slotTaken: string[]; sent: number; exited: number };

export type TCommitOptions = {
  leaseOwner: string | null;
  now: Date;
  /**
   * Runs first inside the commit's transaction with the items this attempt writes (e.g. marking the
   * segment changes consumed, recording a schedule run's progress); throwing rolls everything back.
   */
  alsoInTransaction?: (tx: Prisma.TransactionClient, items: readonly TCommitItem[]) => Promise<void>;
  /** Triggers that matched but were refused (re-entry, entry limits): recorded in the same transaction (`writeRefusals`). */
  refusals?: readonly TRefusal[];
};

/** A new enrollment that lost its slot to a concurrent enrolment is a re-entry refusal like any other. */
function slotRefusal(item: TCommitItem, now: Date): TRefusal | null {
  const { enrollment, effects } = item.result;
  const entered = effects.find((e) => e.type === "log" && e.action === "entered");
  if (item.mode !== "create" || entered?.type !== "log") return null;
  return { workspaceId: item.workspaceId, journeyId: enrollment.journeyId, versionId: enrollment.versionId, triggerNodeId: entered.nodeId, profileId: enrollment.profileId, reason: "reentryBlocked", detail: SLOT_TAKEN_REASON, at: now };
}

/** What `enrollProfile` answers when a concurrent enrolment of the same profile won. */
export const SLOT_TAKEN_REASON = "already in this journey (enrolled concurrently)";

const RUNNING = new Set(["active", "waiting"]);

/** NodeStat metrics of a step: one per log line (`entered`, `sent`, `skipped`, `exited`, `converted` …). */
function countMetrics(items: readonly TCommitItem[]): Map<string, { workspaceId: string; journeyId: string; versionId: string; nodeId: string; metric: string; count: number }> {
  const counts = new Map<string, { workspaceId: string; journeyId: string; versionId: string; nodeId: string; metric: string; count: number }>();
  for (const { workspaceId, result } of items) {
    const { journeyId, versionId } = result.enrollment;
    for (const effect of result.effects) {
      if (effect.type !== "log") continue;
      const key = JSON.stringify([versionId, effect.nodeId, effect.action]);
      const entry = counts.get(key);
      if (entry) entry.count++;
      else counts.set(key, { workspaceId, journeyId, versionId, nodeId: effect.nodeId, metric: effect.action, count: 1 });
    }
  }
  return counts;
}

async function writeEnrollment(tx: Prisma.TransactionClient, item: TCommitItem, leaseOwner: string | null): Promise<boolean> {
  const e = item.result.enrollment;
  const data = { ...enrollmentToRowData(e), memory: asJson(enrollmentToRowData(e).memory), leaseOwner: null, leaseUntil: null };
  if (item.mode === "create") {
    const activeSlot = RUNNING.has(e.state) ? (item.activeSlot ?? null) : null;
    try {
      await tx.enrollment.create({ data: { id: e.id, workspaceId: item.workspaceId, journeyId: e.journeyId, versionId: e.versionId, profileId: e.profileId, enteredAt: e.enteredAt, activeSlot, ...data } });
    } catch (error) {
      // The id is a fresh UUID: the only unique column a new row can collide on is its slot.
      if (isUniqueViolation(error) && activeSlot !== null) throw new SlotTakenError(e.id);
      throw error;
    }
    return true;
  }
  // The write that ends a run frees its slot, so the profile may enter again (re-entry after exit).
  if (!RUNNING.has(e.state)) Object.assign(data, { activeSlot: null });
  // Only the lease holder may write: a worker whose lease expired and was taken over loses its step.
  const where = leaseOwner === null ? { id: e.id, workspaceId: item.workspaceId, leaseOwner: null } : { id: e.id, workspaceId: item.workspaceId, leaseOwner };
  const written = await tx.enrollment.updateMany({ where, data });
  return written.count === 1;
}

async function writeOutbox(tx: Prisma.TransactionClient, rows: readonly TOutboxRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  // A key already taken means this step ran before (a retried batch): never a second row.
  const taken = new Set(
    (await tx.message.findMany({ where: { idempotencyKey: { in: rows.map((r) => r.idempotencyKey) } }, select: { idempotencyKey: true } })).map((m) => m.idempotencyKey),
  );
  const fresh = rows.filter((r) => !taken.has(r.idempotencyKey));
  if (fresh.length > 0) await tx.message.createMany({ data: fresh.map((r) => ({ ...r, content: asJson(r.content) })) });
  return fresh.filter((r) => r.status === "pending").length;
}

/**
 * Writes a batch of steps in ONE transaction: each enrollment's new state (releasing its lease),
 * a StepLog row per `log` effect, NodeStat counters, trait updates, a Message outbox row per
 * send with its unique idempotency key, and the refusals of the same enrolment attempt. A crash before commit leaves nothing; a re-run of the same
 * steps yields the same keys and finds them taken. An enrollment whose lease was lost is left out
 * (with its logs, counters and sends), so two workers never both advance it.
 */
export async function commitSteps(db: Db, items: readonly TCommitItem[], options: TCommitOptions): Promise<TCommitSummary> {
  let remaining = [...items];
  const slotTaken: string[] = [];
  const refusals = [...(options.refusals ?? [])];
  // A new enrollment whose slot is taken (a concurrent enrolment of the same profile committed
  // first) aborts the transaction, which then wrote nothing: leave it out and commit the rest.
  for (;;) {
    if (remaining.length === 0 && refusals.length === 0 && !options.alsoInTransaction) return { committed: [], lost: [], slotTaken, sent: 0, exited: 0 };
    try {
      // Two PostgreSQL workers may create the same new NodeStat (or refusal) row at once; the loser
      // re-runs the whole transaction (it wrote nothing) and then finds the row to increment.
      const summary = await retryOnUniqueViolation(() => commitOnce(db, remaining, { ...options, refusals }));
      const committed = new Set(summary.committed);
      const written = remaining.filter((item) => committed.has(item.result.enrollment.id));
      await updateSegmentsAfterSteps(db, written, options.now);
      await recheckAfterSteps(db, written, options.now);
      return { ...summary, slotTaken };
    } catch (error) {
      if (!(error instanceof SlotTakenError)) throw error;
      slotTaken.push(error.enrollmentId);
      const lostItem = remaining.find((item) => item.result.enrollment.id === error.enrollmentId);
      const refusal = lostItem ? slotRefusal(lostItem, options.now) : null;
      if (refusal) refusals.push(refusal);
      remaining = remaining.filter((item) => item.result.enrollment.id !== error.enrollmentId);
    }
  }
}

function commitOnce(db: Db, items: readonly TCommitItem[], options: TCommitOptions): Promise<Omit<TCommitSummary, "slotTaken">> {
  return db.$transaction(
    async (tx) => {
      await options.alsoInTransaction?.(tx, items);
      await writeRefusals(tx, options.refusals ?? []);
      const kept: TCommitItem[] = [];
      const lost: string[] = [];
      for (const item of items) {
        if (await writeEnrollment(tx, item, options.leaseOwner)) kept.push(item);
        else lost.push(item.result.enrollment.id);
      }
      const logs = kept.flatMap(({ workspaceId, result }) =>
        result.effects.flatMap((effect) =>
          effect.type === "log"
            ? [{ workspaceId, enrollmentId: result.enrollment.id, journeyId: result.enrollment.journeyId, versionId: result.enrollment.versionId, nodeId: effect.nodeId, nodeType: effect.nodeType, action: effect.action, reason: effect.reason, handle: effect.handle ?? null, at: effect.at }]
            : [],
        ),
      );
      if (logs.length > 0) await tx.stepLog.createMany({ data: logs });
      for (const stat of countMetrics(kept).values()) {
        await tx.nodeStat.upsert({
          where: { versionId_nodeId_metric: { versionId: stat.versionId, nodeId: stat.nodeId, metric: stat.metric } },
          create: stat,
          update: { count: { increment: stat.count } },
        });
      }
      for (const { workspaceId, result } of kept) {
        for (const effect of result.effects) {
          if (effect.type === "updateProfile") await applyTraitUpdates(tx, workspaceId, result.enrollment.profileId, effect.assignments, options.now);
        }
      }
      const sent = await writeOutbox(tx, kept.flatMap((item) => item.outbox));
      const exited = kept.filter((item) => item.result.enrollment.state === "completed" || item.result.enrollment.state === "exited").length;
      return { committed: kept.map((item) => item.result.enrollment.id), lost, sent, exited };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
