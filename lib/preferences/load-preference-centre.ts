import { db } from "../db/client";
import { getProfilePreferences } from "./get-profile-preferences";
import { readBranding, type TBranding } from "./branding-schema";
import { maskEmail } from "./mask-email";
import { listChannelsInUse } from "./list-channels-in-use";
import { CUSTOMER_CHANNEL_LABELS } from "./preference-channels";
import { resolvePreferenceProfile } from "./resolve-preference-profile";
import { verifyPreferenceToken } from "./verify-preference-token";
import type { TChannel } from "../journey/channels";

/** What the hosted preference page shows for one token. */
export interface TPreferenceCentre {
  workspaceId: string;
  profileId: string;
  branding: TBranding;
  /** masked, e.g. j***@example.com; null when the profile has no email */
  maskedEmail: string | null;
  channels: { channel: TChannel; label: string; hint: string; subscribed: boolean }[];
  topics: { id: string; name: string; description: string; subscribed: boolean }[];
}

/**
 * Everything the preference page needs for a token, or null when the token is invalid, tampered
 * with, or names a profile that no longer exists (the page shows a friendly "link not valid").
 * A token of a merged-away profile opens the surviving profile.
 */
export async function loadPreferenceCentre(token: string): Promise<TPreferenceCentre | null> {
  const claims = verifyPreferenceToken(token);
  if (!claims) return null;
  const profileId = await resolvePreferenceProfile(claims.workspaceId, claims.profileId);
  if (!profileId) return null;
  const [workspace, email, preferences] = await Promise.all([
    db.workspace.findUnique({ where: { id: claims.workspaceId }, select: { name: true, settings: { select: { preferenceCentre: true, consentPolicy: true } } } }),
    db.identity.findFirst({ where: { workspaceId: claims.workspaceId, profileId, kind: "email" }, orderBy: { createdAt: "desc" }, select: { value: true } }),
    getProfilePreferences(claims.workspaceId, profileId),
  ]);
  if (!workspace) return null;
  const stated = (Object.entries(preferences.consent) as [TChannel, { status: string }][]).filter(([, c]) => c.status !== "neverAsked").map(([channel]) => channel);
  const channels = await listChannelsInUse(claims.workspaceId, workspace.settings?.consentPolicy, stated);
  return {
    workspaceId: claims.workspaceId,
    profileId,
    branding: readBranding(workspace.settings?.preferenceCentre, workspace.name),
    maskedEmail: email ? maskEmail(email.value) : null,
    channels: channels.map((channel) => ({ channel, label: CUSTOMER_CHANNEL_LABELS[channel]?.label ?? channel, hint: CUSTOMER_CHANNEL_LABELS[channel]?.hint ?? "", subscribed: preferences.consent[channel].receives })),
    topics: Object.entries(preferences.topics)
      .filter(([, topic]) => !topic.archived)
      .map(([id, topic]) => ({ id, name: topic.name, description: topic.description, subscribed: topic.receives })),
  };
}
