import type { SqliteStatements } from "./sqlite-statements";

const bound = new WeakMap<object, SqliteStatements>();

/** Marks a SQLite transaction client as running on the connection `statements` use. */
export function bindSqliteStatements(tx: object, statements: SqliteStatements): void {
  bound.set(tx, statements);
}

/**
 * The cached statements of a transaction's own connection when it is a SQLite transaction
 * opened by runWriteTransaction, else null (PostgreSQL, or a transaction of another client):
 * callers then go through Prisma. Writers use it for their per-batch statements.
 */
export function sqliteStatementsIn(tx: object): SqliteStatements | null {
  return bound.get(tx) ?? null;
}
