"use server";

import { updateIdentityRules } from "@/lib/profiles/update-identity-rules";
import { saveJsonSettings, type TSettingsSaveState } from "../save-json-settings";

export type TIdentityRulesState = TSettingsSaveState;

/** Saves the priority order and limits sent as one JSON field (the form edits them client-side). Admins only, as the API. */
export async function saveIdentityRulesAction(_previous: TIdentityRulesState, form: FormData): Promise<TIdentityRulesState> {
  return saveJsonSettings(form, "/settings/identity", (workspaceId, input) => updateIdentityRules(workspaceId, input));
}
