import type { Db } from "../db/client";
import { notFound } from "../errors";
import type { TSegmentMemberPage } from "./segment-schemas";

/**
 * Current members of a segment, most recent entries first, a page at a time (`after` is the last
 * membership id of the previous page), each with its email and user id for the list.
 */
export async function listSegmentMembers(db: Db, workspaceId: string, segmentId: string, page: { after?: string; limit: number }): Promise<TSegmentMemberPage> {
  const segment = await db.segment.findFirst({ where: { id: segmentId, workspaceId }, select: { id: true } });
  if (!segment) throw notFound(`segment ${segmentId}`);
  const rows = await db.segmentMembership.findMany({
    where: { workspaceId, segmentId, exitedAt: null },
    orderBy: [{ enteredAt: "desc" }, { id: "desc" }],
    ...(page.after ? { cursor: { id: page.after }, skip: 1 } : {}),
    take: page.limit + 1,
    select: { id: true, profileId: true, enteredAt: true },
  });
  const shown = rows.slice(0, page.limit);
  const identities = await db.identity.findMany({ where: { workspaceId, profileId: { in: shown.map((r) => r.profileId) }, kind: { in: ["email", "userId"] } }, select: { profileId: true, kind: true, value: true }, orderBy: { createdAt: "asc" } });
  const first = (profileId: string, kind: string) => identities.find((i) => i.profileId === profileId && i.kind === kind)?.value ?? null;
  return {
    members: shown.map((r) => ({ profileId: r.profileId, email: first(r.profileId, "email"), userId: first(r.profileId, "userId"), enteredAt: r.enteredAt.toISOString() })),
    nextCursor: rows.length > page.limit ? (shown[shown.length - 1]?.id ?? null) : null,
  };
}
