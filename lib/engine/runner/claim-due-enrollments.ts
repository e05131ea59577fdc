import type { Db } from "../../db/client";
import type { TDbProvider } from "../../db/database-url";
import { ENROLLMENT_COLUMNS, type TClaimedRow } from "./step-claimed";

export type TClaimOptions = {
  /** The runner's clock: what is due. */
  now: Date;
  /** The wall clock for leases (crash recovery is about real time, even under a test clock). */
  leaseNow: Date;
  leaseMs: number;
  leaseOwner: string;
  limit: number;
  provider: TDbProvider;
};

/** Due: waiting with a wake time at or before now (or never stepped), lease free or expired, journey live. */
function dueWhere(options: TClaimOptions) {
  return {
    state: { in: ["active", "waiting"] },
    OR: [{ wakeAt: { lte: options.now } }, { state: "active", wakeAt: null }],
    AND: [{ OR: [{ leaseUntil: null }, { leaseUntil: { lt: options.leaseNow } }] }],
    journey: { status: "live" },
  };
}

/**
 * PostgreSQL: lock due rows with `FOR UPDATE SKIP LOCKED` inside one statement that also writes
 * the lease, so concurrent workers take disjoint batches without waiting on each other.
 */
async function claimPostgres(db: Db, options: TClaimOptions): Promise<string[]> {
  const until = new Date(options.leaseNow.getTime() + options.leaseMs);
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH due AS (
      SELECT e."id" FROM "Enrollment" e JOIN "Journey" j ON j."id" = e."journeyId"
      WHERE e."state" IN ('active', 'waiting')
        AND (e."wakeAt" <= ${options.now}::timestamptz AT TIME ZONE 'UTC' OR (e."state" = 'active' AND e."wakeAt" IS NULL))
        AND (e."leaseUntil" IS NULL OR e."leaseUntil" < ${options.leaseNow}::timestamptz AT TIME ZONE 'UTC')
        AND j."status" = 'live'
      ORDER BY e."wakeAt" ASC NULLS FIRST
      LIMIT ${options.limit}
      FOR UPDATE OF e SKIP LOCKED
    )
    UPDATE "Enrollment" SET "leaseOwner" = ${options.leaseOwner}, "leaseUntil" = ${until}::timestamptz AT TIME ZONE 'UTC'
    WHERE "id" IN (SELECT "id" FROM due)
    RETURNING "id"`;
  return rows.map((r) => r.id);
}

/**
 * SQLite has a single writer: pick the due ids, then claim them with one guarded UPDATE (the
 * lease condition is re-checked as it writes), so a concurrent claimer that picked the same ids
 * gets none of the rows the first one took.
 */
async function claimSqlite(db: Db, options: TClaimOptions): Promise<string[]> {
  const candidates = await db.enrollment.findMany({ where: dueWhere(options), select: { id: true }, orderBy: { wakeAt: "asc" }, take: options.limit });
  if (candidates.length === 0) return [];
  await db.enrollment.updateMany({
    where: { id: { in: candidates.map((c) => c.id) }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: options.leaseNow } }] },
    data: { leaseOwner: options.leaseOwner, leaseUntil: new Date(options.leaseNow.getTime() + options.leaseMs) },
  });
  return candidates.map((c) => c.id);
}

/**
 * Claims up to `limit` due enrollments for `leaseOwner` (a name unique to this claim) and returns
 * the rows this owner now holds. A lease left by a crashed worker is taken over once expired.
 */
export async function claimDueEnrollments(db: Db, options: TClaimOptions): Promise<TClaimedRow[]> {
  const ids = options.provider === "postgresql" ? await claimPostgres(db, options) : await claimSqlite(db, options);
  if (ids.length === 0) return [];
  return db.enrollment.findMany({ where: { id: { in: ids }, leaseOwner: options.leaseOwner }, select: ENROLLMENT_COLUMNS, orderBy: { wakeAt: "asc" } });
}
