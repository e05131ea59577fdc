import { z } from "zod";
import type { Db } from "../db/client";
import { asJson } from "../db/json";
import { parseInput } from "../http/parse-input";
import { ZChannel } from "../journey/channels";
import { ZConsentPolicy } from "../workspace-settings/workspace-rules-schema";
import { ZBrandingInput } from "./branding-schema";

/** What Settings → Preference centre saves: the consent policy per channel and/or the branding. */
export const ZPreferenceSettingsInput = z.strictObject({
  consentPolicy: z.partialRecord(ZChannel, ZConsentPolicy).optional(),
  branding: ZBrandingInput.optional(),
});
export type TPreferenceSettingsInput = z.input<typeof ZPreferenceSettingsInput>;

/**
 * Saves the workspace's consent policy (replacing it: a channel left out goes back to the default,
 * opt-in for SMS and push, opt-out elsewhere) and/or the preference centre's branding, leaving
 * caps, quiet hours and the rest alone. Invalid input is a 400 naming the field; nothing is written.
 */
export async function updatePreferenceSettings(db: Db, workspaceId: string, input: unknown): Promise<void> {
  const { consentPolicy, branding } = parseInput(ZPreferenceSettingsInput, input);
  const data = { ...(consentPolicy ? { consentPolicy: asJson(consentPolicy) } : {}), ...(branding ? { preferenceCentre: asJson(branding) } : {}) };
  if (Object.keys(data).length === 0) return;
  await db.workspaceSettings.upsert({ where: { workspaceId }, create: { workspaceId, ...data }, update: data });
}
