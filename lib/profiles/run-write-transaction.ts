import { db, sqliteConnectionOf } from "../db/client";
import { sqliteStatementsOf } from "../db/sqlite-statements";
import { bindSqliteStatements } from "../db/transaction-statements";
import type { Prisma } from "../db/generated/sqlite/client";

export type TTx = Prisma.TransactionClient;

/** Thrown when a profile read a moment ago is gone: a concurrent merge took it. Retried. */
export class ProfileGoneError extends Error {
  constructor(readonly profileIds: string[]) {
    super(`profiles merged or deleted concurrently: ${profileIds.join(", ")}`);
    this.name = "ProfileGoneError";
  }
}

// Prisma codes: P2002 unique, P2034 write conflict / deadlock, P2028 transaction API (e.g. no
// connection within maxWait under load). Foreign-key errors are not retried: profiles are
// locked before rows point at them, so one means a bug or a deleted workspace, not a race.
const RETRYABLE_PRISMA_CODES = new Set(["P2002", "P2034", "P2028"]);
// Driver codes the adapters pass through (raw statements): PostgreSQL unique / serialization /
// deadlock, SQLite busy (another process holds the write lock) and unique.
const RETRYABLE_DRIVER_CODES = /^(23505|40001|40P01|SQLITE_BUSY.*|SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY))$/;

/**
 * Whether a failed write transaction lost a race and should run again from the start: another
 * transaction created the same identifier, merged away a profile this one was attaching to, or
 * deadlocked with it. A retry re-reads the committed state and resolves against it.
 */
export function isRetryableConflict(error: unknown): boolean {
  if (error instanceof ProfileGoneError) return true;
  if (typeof error !== "object" || error === null) return false;
  const { code, meta } = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } }; code?: unknown } };
  if (typeof code === "string" && RETRYABLE_PRISMA_CODES.has(code)) return true;
  // a statement run on the SQLite connection directly (sqliteStatementsIn) throws the driver's own error
  if (typeof code === "string" && RETRYABLE_DRIVER_CODES.test(code)) return true;
  const driverCode = meta?.driverAdapterError?.cause?.originalCode ?? meta?.code;
  return typeof driverCode === "string" && RETRYABLE_DRIVER_CODES.test(driverCode);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` in one interactive transaction and runs it again, from a fresh read, when it
 * loses a race (isRetryableConflict), with jittered backoff. PostgreSQL runs it at READ
 * COMMITTED: the work locks the profiles it attaches to (FOR UPDATE) and the unique indexes
 * catch the rest. SQLite has one writer, so races there are only between processes.
 */
export async function runWriteTransaction<T>(work: (tx: TTx) => Promise<T>, options: { attempts?: number } = {}): Promise<T> {
  const attempts = options.attempts ?? 12;
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(
        (tx) => {
          const connection = sqliteConnectionOf(db);
          if (connection) bindSqliteStatements(tx, sqliteStatementsOf(connection));
          return work(tx);
        },
        { maxWait: 20_000, timeout: 60_000 },
      );
    } catch (error) {
      if (attempt >= attempts || !isRetryableConflict(error)) throw error;
      await sleep(Math.min(250, 4 * 2 ** attempt) * (0.5 + Math.random()));
    }
  }
}
