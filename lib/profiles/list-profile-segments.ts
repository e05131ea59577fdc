import { db } from "../db/client";

/** The segments a profile is in now (memberships not exited), by name, newest entry first. */
export async function listProfileSegments(workspaceId: string, profileId: string): Promise<{ segmentId: string; name: string; enteredAt: string }[]> {
  const rows = await db.segmentMembership.findMany({
    where: { workspaceId, profileId, exitedAt: null, segment: { archivedAt: null } },
    orderBy: { enteredAt: "desc" },
    take: 100,
    include: { segment: { select: { name: true } } },
  });
  return rows.map((m) => ({ segmentId: m.segmentId, name: m.segment.name, enteredAt: m.enteredAt.toISOString() }));
}
