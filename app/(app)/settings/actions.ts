"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/require-member";
import { DomainError } from "@/lib/errors";
import { parseInput } from "@/lib/http/parse-input";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { inviteMember, type TInviteResult } from "@/lib/members/invite-member";
import { ZChangeRoleInput, ZInviteMemberInput } from "@/lib/members/member-schemas";

export interface TInviteState {
  error: string | null;
  invited: TInviteResult | null;
}

export async function inviteMemberAction(_previous: TInviteState, form: FormData): Promise<TInviteState> {
  const member = await requirePermission("members:manage");
  try {
    const input = parseInput(ZInviteMemberInput, { email: form.get("email"), name: form.get("name"), role: form.get("role") });
    const invited = await inviteMember(member.current.workspaceId, input);
    revalidatePath("/settings");
    return { error: null, invited };
  } catch (error) {
    if (error instanceof DomainError) return { error: error.message, invited: null };
    throw error;
  }
}

export interface TRoleState {
  error: string | null;
}

export async function changeRoleAction(_previous: TRoleState, form: FormData): Promise<TRoleState> {
  const member = await requirePermission("members:manage");
  try {
    await changeMemberRole(member.current.workspaceId, parseInput(ZChangeRoleInput, { membershipId: form.get("membershipId"), role: form.get("role") }));
    revalidatePath("/settings");
    return { error: null };
  } catch (error) {
    if (error instanceof DomainError) return { error: error.message };
    throw error;
  }
}
