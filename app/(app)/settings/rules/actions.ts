"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/require-member";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { updateWorkspaceRules } from "@/lib/workspace-settings/update-workspace-rules";

export interface TRulesState {
  error: string | null;
  savedAt: string | null;
}

/** Saves caps and quiet hours sent as one JSON field (the form edits rows client-side). Admins only. */
export async function saveRulesAction(_previous: TRulesState, form: FormData): Promise<TRulesState> {
  const member = await requirePermission("settings:write");
  let input: unknown;
  try {
    input = JSON.parse(String(form.get("rules") ?? "{}"));
  } catch {
    return { error: "rules: not valid JSON", savedAt: null };
  }
  try {
    await updateWorkspaceRules(db, member.current.workspaceId, input);
    revalidatePath("/settings/rules");
    return { error: null, savedAt: new Date().toISOString() };
  } catch (error) {
    if (error instanceof DomainError) return { error: error.message, savedAt: null };
    throw error;
  }
}
