import { randomBytes } from "node:crypto";
import { db } from "../db/client";
import { conflict } from "../errors";
import { hashPassword } from "../auth/password";
import type { TInviteMemberInput } from "./member-schemas";

export interface TInviteResult {
  email: string;
  role: string;
  /** set only when a new account was created: shown once to the admin to pass on */
  temporaryPassword: string | null;
}

/**
 * Adds someone to a workspace. A new email gets an account with a random temporary password
 * (returned once, never stored in clear); an existing account just gains the membership.
 */
export async function inviteMember(workspaceId: string, input: TInviteMemberInput): Promise<TInviteResult> {
  const existing = await db.user.findUnique({ where: { email: input.email }, include: { memberships: { where: { workspaceId } } } });
  if (existing?.memberships.length) throw conflict(`email: ${input.email} is already a member of this workspace`, { path: "email" });
  if (existing) {
    await db.membership.create({ data: { workspaceId, userId: existing.id, role: input.role } });
    return { email: input.email, role: input.role, temporaryPassword: null };
  }
  const temporaryPassword = randomBytes(9).toString("base64url");
  await db.user.create({
    data: { email: input.email, name: input.name, passwordHash: await hashPassword(temporaryPassword), memberships: { create: { workspaceId, role: input.role } } },
  });
  return { email: input.email, role: input.role, temporaryPassword };
}
