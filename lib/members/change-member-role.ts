import { db } from "../db/client";
import { invalid, notFound } from "../errors";
import type { TChangeRoleInput } from "./member-schemas";

/** Changes a member's role; the last admin of a workspace cannot be demoted (someone must administer it). */
export async function changeMemberRole(workspaceId: string, input: TChangeRoleInput): Promise<void> {
  const membership = await db.membership.findFirst({ where: { id: input.membershipId, workspaceId } });
  if (!membership) throw notFound("member");
  if (membership.role === "admin" && input.role !== "admin") {
    const admins = await db.membership.count({ where: { workspaceId, role: "admin" } });
    if (admins <= 1) throw invalid("role", "the workspace needs at least one admin; make someone else admin first");
  }
  await db.membership.update({ where: { id: membership.id }, data: { role: input.role } });
}
