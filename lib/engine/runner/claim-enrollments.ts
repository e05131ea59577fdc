import type { Db } from "../../db/client";
import { ENROLLMENT_COLUMNS, type TClaimedRow } from "./step-claimed";

/**
 * Leases specific enrollments (still active or waiting, lease free or expired) for `leaseOwner`
 * with one guarded UPDATE, and returns those it got. Rows another worker holds are left to it:
 * it steps them with the same events from the database.
 */
export async function claimEnrollments(db: Db, where: { workspaceId: string; ids: readonly string[] }, lease: { leaseOwner: string; leaseNow: Date; leaseMs: number }): Promise<TClaimedRow[]> {
  if (where.ids.length === 0) return [];
  await db.enrollment.updateMany({
    where: { workspaceId: where.workspaceId, id: { in: [...where.ids] }, state: { in: ["active", "waiting"] }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: lease.leaseNow } }] },
    data: { leaseOwner: lease.leaseOwner, leaseUntil: new Date(lease.leaseNow.getTime() + lease.leaseMs) },
  });
  return db.enrollment.findMany({ where: { workspaceId: where.workspaceId, id: { in: [...where.ids] }, leaseOwner: lease.leaseOwner }, select: ENROLLMENT_COLUMNS });
}
