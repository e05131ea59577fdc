import { invalid } from "../errors";
import { parseInput } from "../http/parse-input";
import { CHANNELS, type TChannel } from "../journey/channels";
import { getProfilePreferences } from "./get-profile-preferences";
import { ZConsentUpdate, type TProfilePreferences } from "./preference-schemas";
import { setProfilePreferences } from "./set-profile-preferences";

/**
 * `PUT /api/v1/profiles/:id/consent`: sets consent per channel and choices per topic, recorded
 * with source "api" through the same path as identify's consent, and answers the profile's
 * preferences as they now stand. A key that is neither a channel nor `topics` is a 400 naming it.
 */
export async function updateProfileConsent(workspaceId: string, profileId: string, body: unknown): Promise<TProfilePreferences> {
  if (body && typeof body === "object" && !Array.isArray(body)) {
    const stray = Object.keys(body).find((key) => key !== "topics" && !(CHANNELS as readonly string[]).includes(key));
    if (stray !== undefined) throw invalid(stray, `is not a channel (one of ${CHANNELS.join(", ")}) or "topics"`);
  }
  const { topics, ...channels } = parseInput(ZConsentUpdate, body);
  const given = Object.fromEntries(Object.entries(channels).filter(([, status]) => status !== undefined)) as Partial<Record<TChannel, "subscribed" | "unsubscribed">>;
  const { profileId: target } = await setProfilePreferences(workspaceId, profileId, { channels: given, ...(topics ? { topics } : {}) }, "api");
  return getProfilePreferences(workspaceId, target);
}
