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

/**
 * PostgreSQL: lock due rows with `FOR UPDATE SKIP LOCKED` inside one statement that also writes
 * the lease, so concurrent workers take disjoint batches without waiting on each other.
 */
async function claimPostgres(db: Db, options: TClaimOptions): Promise<string[]> {
  const until = new Date(options.leaseNow.getTime() + options.leaseMs);
  const now = options.now;
  const leaseNow = options.leaseNow;
  // One index range per state (as on SQLite): an OR of the two, right after a bulk load with no
  // statistics yet, can plan as a scan of every waiting row.
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH fresh AS (
      SELECT e."id" FROM "Enrollment" e
      WHERE e."state" = 'active' AND (e."wakeAt" IS NULL OR e."wakeAt" <= ${now}::timestamptz AT TIME ZONE 'UTC')
        AND (e."leaseUntil" IS NULL OR e."leaseUntil" < ${leaseNow}::timestamptz AT TIME ZONE 'UTC')
        AND e."journeyId" IN (SELECT j."id" FROM "Journey" j WHERE j."status" = 'live')
      LIMIT ${options.limit}
      FOR UPDATE OF e SKIP LOCKED
    ), due AS (
      SELECT e."id", e."wakeAt" FROM "Enrollment" e
      WHERE e."state" = 'waiting' AND e."wakeAt" <= ${now}::timestamptz AT TIME ZONE 'UTC'
        AND (e."leaseUntil" IS NULL OR e."leaseUntil" < ${leaseNow}::timestamptz AT TIME ZONE 'UTC')
        AND e."journeyId" IN (SELECT j."id" FROM "Journey" j WHERE j."status" = 'live')
      ORDER BY e."wakeAt" ASC
      LIMIT ${options.limit}
      FOR UPDATE OF e SKIP LOCKED
    )
    UPDATE "Enrollment" SET "leaseOwner" = ${options.leaseOwner}, "leaseUntil" = ${until}::timestamptz AT TIME ZONE 'UTC'
    WHERE "id" IN (SELECT "id" FROM (SELECT "id", 0 AS "rank", NULL::timestamp AS "wakeAt" FROM fresh UNION ALL SELECT "id", 1, "wakeAt" FROM due) AS picked ORDER BY "rank", "wakeAt" LIMIT ${options.limit})
    RETURNING "id"`;
  return rows.map((r) => r.id);
}

/** How the SQLite adapter stores DateTime columns (ISO text, "+00:00"), so raw comparisons compare like with like. */
const sqliteTime = (date: Date) => date.toISOString().replace("Z", "+00:00");

/**
 * SQLite has a single writer: pick the due ids, then claim them with one guarded UPDATE (the
 * lease condition is re-checked as it writes), so a concurrent claimer that picked the same ids
 * gets none of the rows the first one took. The pick is raw SQL: the query planner must walk the
 * (state, wakeAt) index, whose due range is small however many enrollments wait; Prisma's
 * relation filter for "journey is live" (and a plain `journeyId IN`) made SQLite drive the query
 * from the journey side and visit every enrollment of the journey (≈1 s at a million), and an OR
 * of the two states made it walk every waiting row. One range per state, and the unary `+` keeps
 * the journey condition a filter, not an index choice.
 */
async function claimSqlite(db: Db, options: TClaimOptions): Promise<string[]> {
  const now = sqliteTime(options.now);
  const leaseNow = sqliteTime(options.leaseNow);
  // Never-stepped enrollments first (few: enrolment steps them at once), then due waits by wake time.
  const active = await db.$queryRaw<{ id: string }[]>`
    SELECT e."id" FROM "Enrollment" e
    WHERE e."state" = 'active' AND (e."wakeAt" IS NULL OR e."wakeAt" <= ${now})
      AND (e."leaseUntil" IS NULL OR e."leaseUntil" < ${leaseNow})
      AND +e."journeyId" IN (SELECT j."id" FROM "Journey" j WHERE j."status" = 'live')
    LIMIT ${options.limit}`;
  const waiting =
    active.length >= options.limit
      ? []
      : await db.$queryRaw<{ id: string }[]>`
    SELECT e."id" FROM "Enrollment" e
    WHERE e."state" = 'waiting' AND e."wakeAt" <= ${now}
      AND (e."leaseUntil" IS NULL OR e."leaseUntil" < ${leaseNow})
      AND +e."journeyId" IN (SELECT j."id" FROM "Journey" j WHERE j."status" = 'live')
    ORDER BY e."wakeAt" ASC
    LIMIT ${options.limit - active.length}`;
  const candidates = [...active, ...waiting];
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
