import type { Db } from "../../db/client";
import { enrollmentFromRow, type TEnrollmentRow } from "../context/enrollment-row";
import { loadStepContexts } from "../context/load-step-contexts";
import type { TContextEvent } from "../types";
import { buildCommitItems, type TStepInput } from "./build-commit-items";
import { commitSteps } from "./commit-steps";
import { loadRunVersions } from "./load-run-versions";

/** An Enrollment row as claimed, with its workspace. */
export type TClaimedRow = TEnrollmentRow & { workspaceId: string };

/** What stepping a batch did. `held`: left waiting because the journey is not live (paused, archived). */
export type TStepSummary = { stepped: number; sent: number; exited: number; held: number; lost: number };

export const ENROLLMENT_COLUMNS = {
  id: true,
  workspaceId: true,
  journeyId: true,
  versionId: true,
  profileId: true,
  state: true,
  currentNodeId: true,
  memory: true,
  wakeAt: true,
  waitingFor: true,
  enteredAt: true,
  exitedAt: true,
  exitReason: true,
} as const;

async function release(db: Db, ids: readonly string[], leaseOwner: string | null): Promise<void> {
  if (ids.length === 0 || leaseOwner === null) return;
  await db.enrollment.updateMany({ where: { id: { in: [...ids] }, leaseOwner }, data: { leaseOwner: null, leaseUntil: null } });
}

async function exitDamaged(db: Db, row: TClaimedRow, reason: string, leaseOwner: string | null, now: Date): Promise<void> {
  await db.enrollment.updateMany({
    where: { id: row.id, workspaceId: row.workspaceId, leaseOwner },
    data: { state: "exited", exitReason: reason, exitedAt: now, wakeAt: null, waitingFor: null, leaseOwner: null, leaseUntil: null, activeSlot: null },
  });
}

export type TStepClaimedOptions = {
  now: Date;
  leaseOwner: string | null;
  resumeEvent?: TContextEvent;
  /** Enrollments of paused journeys get their goal and exit criteria checked (and nothing else) instead of just waiting. */
  checkPausedRules?: boolean;
};

/**
 * Steps claimed enrollments (held under `leaseOwner`) at `now` and commits them in one
 * transaction. Contexts are loaded in bulk; `resumeEvent` is the event being ingested, when
 * there is one. Enrollments of journeys that are not live keep waiting (their lease released;
 * with `checkPausedRules`, a paused journey's are checked against its goal and exit criteria);
 * rows whose stored version or memory no longer parse exit with the reason instead of throwing.
 */
export async function stepClaimed(db: Db, rows: readonly TClaimedRow[], options: TStepClaimedOptions): Promise<TStepSummary> {
  const { now, leaseOwner } = options;
  const summary: TStepSummary = { stepped: 0, sent: 0, exited: 0, held: 0, lost: 0 };
  if (rows.length === 0) return summary;
  const { versions, problems } = await loadRunVersions(db, rows.map((r) => r.versionId));
  const held: string[] = [];
  const runnable: { row: TClaimedRow; run: NonNullable<ReturnType<typeof versions.get>>; rulesOnly: boolean }[] = [];
  for (const row of rows) {
    const run = versions.get(row.versionId);
    const problem = problems.get(row.versionId)?.reason ?? (run ? null : "its journey version is gone");
    if (problem) {
      await exitDamaged(db, row, problem, leaseOwner, now);
      summary.exited++;
    } else if (run && run.journeyStatus === "paused" && options.checkPausedRules) runnable.push({ row, run, rulesOnly: true });
    else if (run && run.journeyStatus !== "live") held.push(row.id);
    else if (run) runnable.push({ row, run, rulesOnly: false });
  }
  await release(db, held, leaseOwner);
  summary.held = held.length;

  const contexts = await loadStepContexts(
    db,
    runnable.map(({ row, run }) => ({ enrollmentId: row.id, workspaceId: row.workspaceId, profileId: row.profileId, journeyId: row.journeyId, version: run.version })),
    now,
  );
  const inputs: TStepInput[] = [];
  for (const { row, run, rulesOnly } of runnable) {
    const parsed = enrollmentFromRow(row);
    const context = contexts.get(row.id);
    if (!parsed.ok || !context) {
      await exitDamaged(db, row, parsed.ok ? "the profile is gone" : parsed.reason, leaseOwner, now);
      summary.exited++;
      continue;
    }
    inputs.push({ workspaceId: row.workspaceId, mode: "update", enrollment: parsed.enrollment, run, rulesOnly, context: options.resumeEvent ? { ...context, resumeEvent: options.resumeEvent } : context });
  }
  const items = await buildCommitItems(db, inputs, now);
  const committed = await commitSteps(db, items, { leaseOwner, now });
  summary.stepped = committed.committed.length;
  summary.sent += committed.sent;
  summary.exited += committed.exited;
  summary.lost = committed.lost.length;
  return summary;
}
