"use server";

import { db } from "@/lib/db/client";
import { updateWorkspaceRules } from "@/lib/workspace-settings/update-workspace-rules";
import { saveJsonSettings, type TSettingsSaveState } from "../save-json-settings";

export type TRulesState = TSettingsSaveState;

/** Saves caps and quiet hours sent as one JSON field (the form edits rows client-side). Admins only. */
export async function saveRulesAction(_previous: TRulesState, form: FormData): Promise<TRulesState> {
  return saveJsonSettings(form, "/settings/rules", (workspaceId, input) => updateWorkspaceRules(db, workspaceId, input));
}
