import { Prisma } from "../db/generated/sqlite/client";
import { sqliteStatementsIn } from "../db/transaction-statements";
import type { TTx } from "./run-write-transaction";

/** Which of these messageIds the workspace has stored already, with the profile each landed on. */
export async function findStoredMessageIds(tx: TTx, workspaceId: string, messageIds: readonly string[]): Promise<{ messageId: string; profileId: string | null }[]> {
  if (messageIds.length === 0) return [];
  const sqlite = sqliteStatementsIn(tx);
  // SQLite: one cached statement, the ids as a JSON array (see insertRows)
  if (sqlite) return sqlite.all(`SELECT "messageId", "profileId" FROM "Event" WHERE "workspaceId" = ? AND "messageId" IN (SELECT "value" FROM json_each(?))`, [workspaceId, JSON.stringify(messageIds)]);
  return tx.$queryRaw`SELECT "messageId", "profileId" FROM "Event" WHERE "workspaceId" = ${workspaceId} AND "messageId" IN (${Prisma.join(messageIds)})`;
}
