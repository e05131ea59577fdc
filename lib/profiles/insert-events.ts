import { v7 as timeOrderedId } from "uuid";
import { Prisma } from "../db/generated/sqlite/client";
import type { TIncomingEvent } from "./incoming-event";
import { insertRows } from "./insert-rows";
import type { TTx } from "./run-write-transaction";

/**
 * Stores events with `INSERT … ON CONFLICT (workspaceId, messageId) DO NOTHING`: the unique
 * index, not a read, decides that a repeated messageId is stored once, so two requests racing
 * with the same message cannot both insert it. Returns the messageIds that were new.
 * (Prisma's createMany cannot skip duplicates on SQLite, hence SQL; the statement is the same
 * on both providers.) Event ids are UUIDv7: time-ordered ids append to the primary-key index
 * instead of dirtying a random page of it per event, which made commits of big batches slower.
 */
export async function insertEvents(tx: TTx, workspaceId: string, rows: readonly { event: TIncomingEvent; profileId: string }[]): Promise<Set<string>> {
  const inserted = await insertRows<{ messageId: string }>(
    tx,
    "Event",
    rows.map(({ event, profileId }) => ({ id: timeOrderedId(), workspaceId, profileId, messageId: event.messageId, type: event.type, name: event.name, properties: event.properties, context: event.context, timestamp: event.timestamp, receivedAt: event.receivedAt })),
    Prisma.sql`ON CONFLICT ("workspaceId", "messageId") DO NOTHING RETURNING "messageId"`,
  );
  return new Set(inserted.map((row) => row.messageId));
}
