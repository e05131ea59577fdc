"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/require-member";
import { DomainError } from "@/lib/errors";
import { updateIdentityRules } from "@/lib/profiles/update-identity-rules";

export interface TIdentityRulesState {
  error: string | null;
  savedAt: string | null;
}

/** Saves the priority order and limits sent as one JSON field (the form edits them client-side). Admins only, as the API. */
export async function saveIdentityRulesAction(_previous: TIdentityRulesState, form: FormData): Promise<TIdentityRulesState> {
  const member = await requirePermission("settings:write");
  let input: unknown;
  try {
    input = JSON.parse(String(form.get("rules") ?? "{}"));
  } catch {
    return { error: "rules: not valid JSON", savedAt: null };
  }
  try {
    await updateIdentityRules(member.current.workspaceId, input);
    revalidatePath("/settings/identity");
    return { error: null, savedAt: new Date().toISOString() };
  } catch (error) {
    if (error instanceof DomainError) return { error: error.message, savedAt: null };
    throw error;
  }
}
