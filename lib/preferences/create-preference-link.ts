import { notFound } from "../errors";
import { preferenceLinks, type TPreferenceLinks } from "./preference-links";
import { publicBaseUrl } from "./public-base-url";
import { resolvePreferenceProfile } from "./resolve-preference-profile";

/**
 * A profile's preference-centre link (and an email one-click unsubscribe link), for marketers
 * who send from elsewhere or support staff helping a customer, on WAYMARK_PUBLIC_URL (else the
 * origin the request came to). 404 for an unknown profile.
 */
export async function createPreferenceLink(workspaceId: string, profileId: string, requestOrigin?: string): Promise<{ url: string; unsubscribeUrl: string }> {
  const target = await resolvePreferenceProfile(workspaceId, profileId);
  if (!target) throw notFound("profile");
  const links: TPreferenceLinks = preferenceLinks({ workspaceId, profileId: target, channel: "email" }, publicBaseUrl(process.env, requestOrigin));
  return { url: links.preferencesUrl, unsubscribeUrl: links.unsubscribeUrl };
}
