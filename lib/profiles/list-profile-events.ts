import { db } from "../db/client";
import { notFound } from "../errors";
import { checkProfileId } from "./check-profile-id";
import { decodeCursor, encodeCursor } from "./page-cursor";
import type { TPageQuery, TProfileEvent } from "./profile-schemas";

const asRecord = (value: unknown): Record<string, unknown> => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/** A profile's events, newest first (by when they happened), a page at a time. */
export async function listProfileEvents(workspaceId: string, profileId: string, query: TPageQuery): Promise<{ events: TProfileEvent[]; nextCursor: string | null }> {
  checkProfileId(profileId);
  const profile = await db.profile.findFirst({ where: { id: profileId, workspaceId }, select: { id: true } });
  if (!profile) throw notFound("profile");
  const limit = query.limit ?? 50;
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await db.event.findMany({
    where: { workspaceId, profileId, ...(after ? { OR: [{ timestamp: { lt: after.at } }, { timestamp: after.at, id: { lt: after.id } }] } : {}) },
    orderBy: [{ timestamp: "desc" }, { id: "desc" }],
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    events: page.map((e) => ({ id: e.id, messageId: e.messageId, type: e.type, name: e.name, properties: asRecord(e.properties), context: asRecord(e.context), timestamp: e.timestamp.toISOString(), receivedAt: e.receivedAt.toISOString() })),
    nextCursor: rows.length > limit && last ? encodeCursor({ at: last.timestamp, id: last.id }) : null,
  };
}
