import { randomUUID } from "node:crypto";
import type { Prisma } from "../../lib/db/generated/sqlite/client";
import type { TSeedPerson } from "./generate-person";
import { insertRows } from "./insert-rows";
import type { TSeedDb } from "./seed-db";

/**
 * Writes every person's event history. Message ids are `seed-<userId>-<n>`: stable across runs and
 * unique in the workspace, as ingestion's de-duplication requires. Events arrive as they happen.
 */
export async function seedEvents(tx: TSeedDb, workspaceId: string, people: readonly TSeedPerson[], profileIds: readonly string[]): Promise<number> {
  const rows = people.flatMap((person, i) =>
    person.events.map((event, n): Prisma.EventCreateManyInput => ({
      id: randomUUID(),
      workspaceId,
      profileId: profileIds[i] ?? null,
      messageId: `seed-${person.userId}-${n + 1}`,
      type: event.type,
      name: event.name,
      properties: event.properties,
      context: event.context,
      timestamp: event.timestamp,
      receivedAt: event.timestamp,
    })),
  );
  return insertRows(tx, "Event", rows);
}
