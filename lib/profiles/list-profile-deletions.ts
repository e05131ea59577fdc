import { db } from "../db/client";

/** A recorded deletion as the profiles page lists it: no data of the person, only who and how much. */
export interface TProfileDeletionRecord {
  id: string;
  profileId: string;
  deletedBy: string;
  /** the member's name when a member did it, else the API key's name */
  deletedByName: string | null;
  counts: Record<string, number>;
  deletedAt: string;
}

/** The workspace's latest profile deletions (newest first) and how many there are in all. */
export async function listProfileDeletions(workspaceId: string, limit = 10): Promise<{ total: number; deletions: TProfileDeletionRecord[] }> {
  const [total, rows] = await Promise.all([
    db.profileDeletion.count({ where: { workspaceId } }),
    db.profileDeletion.findMany({ where: { workspaceId }, orderBy: [{ deletedAt: "desc" }, { id: "desc" }], take: limit }),
  ]);
  const idsOf = (prefix: string) => rows.flatMap((r) => (r.deletedBy.startsWith(prefix) ? [r.deletedBy.slice(prefix.length)] : []));
  const [users, keys] = await Promise.all([
    db.user.findMany({ where: { id: { in: idsOf("user:") }, memberships: { some: { workspaceId } } }, select: { id: true, name: true } }),
    db.apiKey.findMany({ where: { id: { in: idsOf("apiKey:") }, workspaceId }, select: { id: true, name: true } }),
  ]);
  const names = new Map<string, string>([...users.map((u) => [`user:${u.id}`, u.name] as const), ...keys.map((k) => [`apiKey:${k.id}`, `API key “${k.name}”`] as const)]);
  return {
    total,
    deletions: rows.map((r) => ({
      id: r.id,
      profileId: r.profileId,
      deletedBy: r.deletedBy,
      deletedByName: names.get(r.deletedBy) ?? null,
      counts: Object.fromEntries(Object.entries(r.counts && typeof r.counts === "object" ? (r.counts as Record<string, unknown>) : {}).filter((e): e is [string, number] => typeof e[1] === "number")),
      deletedAt: r.deletedAt.toISOString(),
    })),
  };
}
