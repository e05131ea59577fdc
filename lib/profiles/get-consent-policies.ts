import { db } from "../db/client";
import { consentPolicyFor } from "../engine/send-rules/check-consent";
import { CHANNELS, type TChannel } from "../journey/channels";
import { getWorkspaceRules } from "../workspace-settings/get-workspace-rules";

/**
 * The consent model in force on every channel of the workspace: "optIn" (send only to
 * subscribed profiles) or "optOut" (send unless unsubscribed), with the engine's defaults for
 * channels the workspace never configured — what a send would check.
 */
export async function getConsentPolicies(workspaceId: string): Promise<Record<TChannel, "optIn" | "optOut">> {
  const workspace = await getWorkspaceRules(db, workspaceId);
  return Object.fromEntries(CHANNELS.map((channel) => [channel, consentPolicyFor(channel, { workspace })])) as Record<TChannel, "optIn" | "optOut">;
}
