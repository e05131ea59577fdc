import { randomUUID } from "node:crypto";
import type { Db } from "../../db/client";
import type { TContextEvent } from "../types";
import { claimEnrollments } from "./claim-enrollments";
import { stepClaimed, type TStepSummary } from "./step-claimed";

export type TStepEnrollmentsOptions = { now: Date; resumeEvent?: TContextEvent; leaseMs?: number; leaseClock?: () => Date; workerId?: string; checkPausedRules?: boolean };

/**
 * Steps the named enrollments of a workspace now, whatever their wake time: leases them, steps
 * them with bulk contexts (and the ingested event, when given) and commits in one transaction.
 * Enrollments another worker holds, or that already ended, are left alone.
 */
export async function stepEnrollments(db: Db, workspaceId: string, enrollmentIds: readonly string[], options: TStepEnrollmentsOptions): Promise<TStepSummary & { claimed: number }> {
  const leaseOwner = `${options.workerId ?? "step"}:${randomUUID()}`;
  const rows = await claimEnrollments(db, { workspaceId, ids: enrollmentIds }, { leaseOwner, leaseNow: options.leaseClock?.() ?? new Date(), leaseMs: options.leaseMs ?? 30_000 });
  const summary = await stepClaimed(db, rows, { now: options.now, leaseOwner, checkPausedRules: options.checkPausedRules === true, ...(options.resumeEvent ? { resumeEvent: options.resumeEvent } : {}) });
  return { ...summary, claimed: rows.length };
}
