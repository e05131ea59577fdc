import { randomUUID } from "node:crypto";
import { Prisma } from "../db/generated/sqlite/client";
import type { TIncomingEvent } from "./incoming-event";
import type { TTx } from "./run-write-transaction";

const ROWS_PER_INSERT = 500;
const COLUMNS = ["id", "workspaceId", "profileId", "messageId", "type", "name", "properties", "context", "timestamp", "receivedAt"] as const;
const INTO = Prisma.raw(`"Event" (${COLUMNS.map((c) => `"${c}"`).join(", ")})`);

/**
 * Stores events with `INSERT … ON CONFLICT (workspaceId, messageId) DO NOTHING`: the unique
 * index, not a read, decides that a repeated messageId is stored once, so two requests racing
 * with the same message cannot both insert it. Returns the messageIds that were new.
 * (Prisma's createMany cannot skip duplicates on SQLite, hence SQL; the statement is the same
 * on both providers.)
 */
export async function insertEvents(tx: TTx, workspaceId: string, rows: readonly { event: TIncomingEvent; profileId: string }[]): Promise<Set<string>> {
  const stored = new Set<string>();
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const values = rows.slice(start, start + ROWS_PER_INSERT).map(({ event, profileId }) =>
      Prisma.sql`(${Prisma.join([randomUUID(), workspaceId, profileId, event.messageId, event.type, event.name, event.properties, event.context, event.timestamp, event.receivedAt])})`,
    );
    const inserted = await tx.$queryRaw<{ messageId: string }[]>`INSERT INTO ${INTO} VALUES ${Prisma.join(values)} ON CONFLICT ("workspaceId", "messageId") DO NOTHING RETURNING "messageId"`;
    for (const row of inserted) stored.add(row.messageId);
  }
  return stored;
}
