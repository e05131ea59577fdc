import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type BetterSqlite3 from "better-sqlite3";

export type TSqliteConnection = BetterSqlite3.Database;

/**
 * Prisma's better-sqlite3 adapter factory, keeping the connection it opens. Prisma runs every
 * query and every interactive transaction of a client on that one connection, so a statement run
 * on it inside `$transaction` is part of that transaction. Hot write paths use it to run cached
 * prepared statements row by row (see SqliteStatements) instead of paying Prisma's per-query
 * cost for large multi-row statements.
 */
export class RetainingSqliteAdapter extends PrismaBetterSqlite3 {
  connection: TSqliteConnection | null = null;

  override async connect() {
    const adapter = await super.connect();
    // the adapter keeps its better-sqlite3 Database in `client` (not part of its public type)
    const client = (adapter as unknown as { client?: unknown }).client;
    this.connection = isConnection(client) ? client : null;
    return adapter;
  }
}

function isConnection(value: unknown): value is TSqliteConnection {
  return typeof value === "object" && value !== null && typeof (value as { prepare?: unknown }).prepare === "function" && "inTransaction" in value;
}
