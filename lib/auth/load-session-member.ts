import { db } from "../db/client";
import { ZRole, type TRole } from "./roles";

export interface TWorkspaceMembership {
  workspaceId: string;
  workspaceName: string;
  workspaceSlug: string;
  role: TRole;
}

export interface TSessionMember {
  user: { id: string; email: string; name: string };
  /** the workspace in use: the one the cookie names if the user belongs to it, else the first */
  current: TWorkspaceMembership;
  memberships: TWorkspaceMembership[];
}

/**
 * The signed-in user's memberships and the active one. Null when the user no longer exists or
 * belongs to no workspace (their session is then treated as signed out).
 */
export async function loadSessionMember(userId: string, preferredWorkspaceId?: string | null): Promise<TSessionMember | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: { memberships: { include: { workspace: true }, orderBy: { createdAt: "asc" } } },
  });
  if (!user) return null;
  const memberships: TWorkspaceMembership[] = [];
  for (const m of user.memberships) {
    const role = ZRole.safeParse(m.role);
    if (role.success) memberships.push({ workspaceId: m.workspaceId, workspaceName: m.workspace.name, workspaceSlug: m.workspace.slug, role: role.data });
  }
  const current = memberships.find((m) => m.workspaceId === preferredWorkspaceId) ?? memberships[0];
  if (!current) return null;
  return { user: { id: user.id, email: user.email, name: user.name }, current, memberships };
}
