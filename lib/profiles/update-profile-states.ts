import { dbProvider } from "../db/client";
import { Prisma } from "../db/generated/sqlite/client";
import { sqliteStatementsIn } from "../db/transaction-statements";
import { storedTraitTimestamps, type TProfileState } from "./profile-state";
import type { TTx } from "./run-write-transaction";

const ROWS_PER_UPDATE = 500;

/**
 * Writes the new states of many profiles with one `UPDATE … FROM (VALUES …)` per 500 profiles.
 * A batch of track calls touches a hundred known profiles (last seen, traits); one Prisma update
 * each made the ORM, not the database, the bottleneck of ingestion. Both providers name the
 * columns of an unaliased VALUES list column1, column2, …, so the statement is shared;
 * PostgreSQL needs the types spelled out on the first row. In a SQLite write transaction a cached
 * single-row UPDATE runs per profile instead (see insertRows).
 */
export async function updateProfileStates(tx: TTx, workspaceId: string, rows: readonly { id: string; state: TProfileState }[]): Promise<void> {
  const pg = dbProvider() === "postgresql";
  const as = (type: string, first: boolean) => (pg && first ? Prisma.raw(`::${type}`) : Prisma.empty);
  const now = new Date();
  const sqlite = sqliteStatementsIn(tx);
  if (sqlite) {
    const sql = `UPDATE "Profile" SET "traits" = ?, "traitTimestamps" = ?, "timezone" = ?, "locale" = ?, "firstSeenAt" = ?, "lastSeenAt" = ?, "updatedAt" = ? WHERE "id" = ? AND "workspaceId" = ?`;
    for (const { id, state } of rows) sqlite.run(sql, [state.traits, storedTraitTimestamps(state), state.timezone, state.locale, state.firstSeenAt, state.lastSeenAt, now, id, workspaceId]);
    return;
  }
  for (let start = 0; start < rows.length; start += ROWS_PER_UPDATE) {
    const values = rows.slice(start, start + ROWS_PER_UPDATE).map(({ id, state }, i) => {
      const first = i === 0;
      return Prisma.sql`(${id}${as("text", first)}, ${JSON.stringify(state.traits)}${as("jsonb", first)}, ${JSON.stringify(storedTraitTimestamps(state))}${as("jsonb", first)}, ${state.timezone}${as("text", first)}, ${state.locale}${as("text", first)}, ${state.firstSeenAt}${as("timestamp(3)", first)}, ${state.lastSeenAt}${as("timestamp(3)", first)})`;
    });
    await tx.$executeRaw`UPDATE "Profile" SET "traits" = v.column2, "traitTimestamps" = v.column3, "timezone" = v.column4, "locale" = v.column5, "firstSeenAt" = v.column6, "lastSeenAt" = v.column7, "updatedAt" = ${now} FROM (VALUES ${Prisma.join(values)}) AS v WHERE "Profile"."id" = v.column1 AND "Profile"."workspaceId" = ${workspaceId}`;
  }
}
