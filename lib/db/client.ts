import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PgClient } from "./generated/postgresql/client";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { databaseUrl, providerOf, sqliteFilePath, type TDbProvider } from "./database-url";
import { RetainingSqliteAdapter, type TSqliteConnection } from "./sqlite-connection";

/**
 * The application's database client. Both generated clients come from one schema, so they expose
 * the same model API; the SQLite client's type stands for both.
 */
export type Db = SqliteClient;

/** Opens a client for a database URL (SQLite `file:` or `postgresql://`). */
export function createDb(url: string = databaseUrl()): Db {
  if (providerOf(url) === "postgresql") {
    const client = new PgClient({ adapter: new PrismaPg({ connectionString: url }) });
    return client as unknown as Db;
  }
  // better-sqlite3 waits up to `timeout` ms for the single writer lock instead of failing.
  const adapter = new RetainingSqliteAdapter({ url: `file:${sqliteFilePath(url)}`, timeout: 10_000 });
  const client = new SqliteClient({ adapter });
  sqliteAdapters.set(client, adapter);
  return client;
}

const sqliteAdapters = new WeakMap<Db, RetainingSqliteAdapter>();

/**
 * The better-sqlite3 connection under a SQLite client, once it has connected (null for
 * PostgreSQL). Inside the client's `$transaction` it is the transaction's connection.
 */
export function sqliteConnectionOf(client: Db): TSqliteConnection | null {
  return sqliteAdapters.get(client)?.connection ?? null;
}

const globalForDb = globalThis as unknown as { waymarkDb?: Db };

/** Process-wide client (survives Next.js dev reloads). */
export const db: Db = globalForDb.waymarkDb ?? createDb();
if (process.env.NODE_ENV !== "production") globalForDb.waymarkDb = db;

/** The provider of the process-wide client. */
export function dbProvider(): TDbProvider {
  return providerOf(databaseUrl());
}
