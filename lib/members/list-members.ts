import { db } from "../db/client";
import { ZRole, type TRole } from "../auth/roles";

export interface TMember {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: TRole;
  joinedAt: string;
}

/** Members of a workspace, admins first, then by name. */
export async function listMembers(workspaceId: string): Promise<TMember[]> {
  const rows = await db.membership.findMany({ where: { workspaceId }, include: { user: true } });
  const order: Record<TRole, number> = { admin: 0, marketer: 1, analyst: 2 };
  return rows
    .map((m) => ({ membershipId: m.id, userId: m.userId, name: m.user.name, email: m.user.email, role: ZRole.catch("analyst").parse(m.role), joinedAt: m.createdAt.toISOString() }))
    .sort((a, b) => order[a.role] - order[b.role] || a.name.localeCompare(b.name));
}
