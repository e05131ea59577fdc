import type BetterSqlite3 from "better-sqlite3";
import type { TSqliteConnection } from "./sqlite-connection";

/** Statements kept per connection; multi-row shapes vary, so the cache is bounded. */
const MAX_CACHED = 200;

/**
 * A value as Prisma's SQLite adapter stores it: Dates as ISO 8601 with `+00:00` (the adapter's
 * default timestamp format), booleans as 0/1, JSON values as text.
 */
export function toSqliteValue(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || Buffer.isBuffer(value)) return value;
  return JSON.stringify(value);
}

/** A DATETIME column as stored by Prisma (ISO text or epoch ms) or by SQLite's CURRENT_TIMESTAMP (UTC without a zone). */
export function fromSqliteDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === "number" || typeof value === "bigint") return new Date(Number(value));
  const text = String(value);
  return new Date(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?$/.test(text) ? `${text.replace(" ", "T")}Z` : text);
}

/** A JSON column (Prisma's SQLite `Json` is text). */
export function fromSqliteJson(value: unknown): unknown {
  return typeof value === "string" ? JSON.parse(value) : value;
}

/**
 * Cached prepared statements on one better-sqlite3 connection, with Prisma's value encoding.
 * better-sqlite3 answers synchronously; used inside a Prisma transaction on the same connection
 * (see runWriteTransaction) its statements join that transaction.
 */
export class SqliteStatements {
  private readonly cache = new Map<string, BetterSqlite3.Statement>();

  constructor(private readonly connection: TSqliteConnection) {}

  private statement(sql: string): BetterSqlite3.Statement {
    let statement = this.cache.get(sql);
    if (statement) {
      // most recently used last, so eviction takes the stalest
      this.cache.delete(sql);
    } else {
      statement = this.connection.prepare(sql);
      statement.safeIntegers(false);
      if (this.cache.size >= MAX_CACHED) this.cache.delete(this.cache.keys().next().value as string);
    }
    this.cache.set(sql, statement);
    return statement;
  }

  /** Rows of a query (or of a write with RETURNING). */
  all<R>(sql: string, params: readonly unknown[]): R[] {
    return this.statement(sql).all(...params.map(toSqliteValue)) as R[];
  }

  /** Runs a write; the number of rows it changed. */
  run(sql: string, params: readonly unknown[]): number {
    return this.statement(sql).run(...params.map(toSqliteValue)).changes;
  }
}

const byConnection = new WeakMap<TSqliteConnection, SqliteStatements>();

/** The statement cache of a connection. */
export function sqliteStatementsOf(connection: TSqliteConnection): SqliteStatements {
  let statements = byConnection.get(connection);
  if (!statements) byConnection.set(connection, (statements = new SqliteStatements(connection)));
  return statements;
}
