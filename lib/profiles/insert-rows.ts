import { Prisma } from "../db/generated/sqlite/client";
import { sqliteStatementsIn } from "../db/transaction-statements";
import type { TTx } from "./run-write-transaction";

/** Bind parameters per statement: under SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMS = 30_000;

/**
 * Multi-row INSERTs of plain rows (every row the same keys, naming real columns; JSON columns
 * as objects, dates as Dates — Prisma's `sql` tag encodes them for either provider). Ingestion
 * writes profiles, identities and events this way: Prisma's createMany compiles a query plan
 * per call and splits SQLite statements at 999 parameters, which made the ORM, not the
 * database, the cost of a batch. `suffix` ends each statement (`ON CONFLICT … RETURNING …`).
 * In a SQLite write transaction (sqliteStatementsIn) one cached single-row INSERT runs per row
 * instead: SQLite has no network round trip to save, and a prepared statement skips both the
 * ORM and re-parsing a statement of thousands of parameters.
 */
export async function insertRows<R = never>(tx: TTx, table: Prisma.ModelName, rows: readonly Record<string, unknown>[], suffix: Prisma.Sql = Prisma.empty): Promise<R[]> {
  const [first] = rows;
  if (!first) return [];
  const columns = Object.keys(first);
  const sqlite = sqliteStatementsIn(tx);
  if (sqlite) {
    const sql = `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")}) ${suffix.sql}`;
    const returned: R[] = [];
    for (const row of rows) {
      const params = [...columns.map((column) => row[column]), ...suffix.values];
      if (suffix === Prisma.empty) sqlite.run(sql, params);
      else returned.push(...sqlite.all<R>(sql, params));
    }
    return returned;
  }
  const into = Prisma.raw(`"${table}" (${columns.map((column) => `"${column}"`).join(", ")})`);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const returned: R[] = [];
  for (let start = 0; start < rows.length; start += perStatement) {
    const values = rows.slice(start, start + perStatement).map((row) => Prisma.sql`(${Prisma.join(columns.map((column) => row[column]))})`);
    const statement = Prisma.sql`INSERT INTO ${into} VALUES ${Prisma.join(values)} ${suffix}`;
    if (suffix === Prisma.empty) await tx.$executeRaw(statement);
    else returned.push(...(await tx.$queryRaw<R[]>(statement)));
  }
  return returned;
}
