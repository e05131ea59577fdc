"use server";

import { redirect } from "next/navigation";
import type { TDeleteProfileState } from "@/components/profiles/delete-profile-button";
import { requirePermission } from "@/lib/auth/require-member";
import { DomainError } from "@/lib/errors";
import { deletedByOf, deleteProfile } from "@/lib/profiles/delete-profile";

/** Deletes the profile named in the form once "DELETE" was typed; back to /profiles with a notice. */
export async function deleteProfileAction(_previous: TDeleteProfileState, form: FormData): Promise<TDeleteProfileState> {
  const member = await requirePermission("journeys:write");
  if (form.get("confirm") !== "DELETE") return { error: "Type DELETE to confirm." };
  try {
    await deleteProfile(member.current.workspaceId, String(form.get("id") ?? ""), deletedByOf({ kind: "user", userId: member.user.id, apiKeyId: null }));
  } catch (error) {
    if (error instanceof DomainError) return { error: error.message };
    throw error;
  }
  redirect("/profiles?deleted=1");
}
