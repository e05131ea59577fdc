import { dbProvider } from "../db/client";
import { Prisma } from "../db/generated/sqlite/client";
import { fromSqliteDate, fromSqliteJson } from "../db/sqlite-statements";
import { sqliteStatementsIn } from "../db/transaction-statements";
import type { TProfileColumns } from "./profile-state";
import { ProfileGoneError, type TTx } from "./run-write-transaction";

/** A profile as ingestion reads it. */
export interface TLockedProfile extends TProfileColumns {
  id: string;
  createdAt: Date;
}

const IDS_PER_QUERY = 5_000;
const COLUMNS = `"id", "traits", "traitTimestamps", "timezone", "locale", "firstSeenAt", "lastSeenAt", "createdAt", "updatedAt"`;

/**
 * Locks the profiles a write will attach rows to or merge, and reads them. On PostgreSQL the
 * rows are locked FOR UPDATE in id order (one order everywhere, so two writers cannot deadlock
 * on them): a concurrent merge of one of them either waits for this transaction, or has already
 * deleted it and this one retries (ProfileGoneError). SQLite runs one write transaction at a
 * time, so the plain read is enough there (one cached statement, the ids as a JSON array).
 *
 * Every writer that attaches rows to an existing profile (events, identities, consent,
 * enrollments) must take this lock first; merges rely on it to move everything.
 */
export async function lockProfiles(tx: TTx, workspaceId: string, ids: readonly string[]): Promise<Map<string, TLockedProfile>> {
  const sorted = [...new Set(ids)].sort();
  const lock = dbProvider() === "postgresql" ? Prisma.sql`FOR UPDATE` : Prisma.empty;
  const found = new Map<string, TLockedProfile>();
  const sqlite = sqliteStatementsIn(tx);
  if (sqlite) {
    const rows = sqlite.all<Record<keyof TLockedProfile, unknown>>(`SELECT ${COLUMNS} FROM "Profile" WHERE "workspaceId" = ? AND "id" IN (SELECT "value" FROM json_each(?)) ORDER BY "id"`, [workspaceId, JSON.stringify(sorted)]);
    for (const row of rows) found.set(String(row.id), { id: String(row.id), traits: fromSqliteJson(row.traits), traitTimestamps: fromSqliteJson(row.traitTimestamps), timezone: row.timezone as string | null, locale: row.locale as string | null, firstSeenAt: fromSqliteDate(row.firstSeenAt), lastSeenAt: fromSqliteDate(row.lastSeenAt), createdAt: fromSqliteDate(row.createdAt), updatedAt: fromSqliteDate(row.updatedAt) });
  } else {
    for (let start = 0; start < sorted.length; start += IDS_PER_QUERY) {
      const chunk = sorted.slice(start, start + IDS_PER_QUERY);
      const rows = await tx.$queryRaw<TLockedProfile[]>`SELECT ${Prisma.raw(COLUMNS)} FROM "Profile" WHERE "workspaceId" = ${workspaceId} AND "id" IN (${Prisma.join(chunk)}) ORDER BY "id" ${lock}`;
      for (const row of rows) found.set(row.id, row);
    }
  }
  if (found.size !== sorted.length) throw new ProfileGoneError(sorted.filter((id) => !found.has(id)));
  return found;
}
