import type { TChannel } from "../journey/channels";
import { loadPreferenceCentre } from "./load-preference-centre";
import { setProfilePreferences, type TPreferenceChanges } from "./set-profile-preferences";

type TStatus = "subscribed" | "unsubscribed";

/** What a preference-centre form post did; null when the token is not valid. */
export type TSaveOutcome = { kind: "saved" | "unsubscribedAll"; changed: number } | null;

/**
 * Applies the preference-centre form (works without JavaScript: checkboxes `channel.<channel>` and
 * `topic.<id>` are "on" when ticked, absent when not; `intent=unsubscribeAll` turns everything
 * off). Only what differs from what the person receives now is written — leaving an opt-in SMS
 * box unticked is not a new "no" — except "Unsubscribe from all", which records an explicit "no"
 * on every channel and topic shown. Source "preferenceCentre".
 */
export async function savePreferenceCentre(token: string, form: { get(name: string): unknown }): Promise<TSaveOutcome> {
  const centre = await loadPreferenceCentre(token);
  if (!centre) return null;
  const all = form.get("intent") === "unsubscribeAll";
  const channels: Partial<Record<TChannel, TStatus>> = {};
  for (const { channel, subscribed } of centre.channels) {
    const wanted = !all && form.get(`channel.${channel}`) === "on";
    if (all || wanted !== subscribed) channels[channel] = wanted ? "subscribed" : "unsubscribed";
  }
  const topics: Record<string, TStatus> = {};
  for (const { id, subscribed } of centre.topics) {
    const wanted = !all && form.get(`topic.${id}`) === "on";
    if (all || wanted !== subscribed) topics[id] = wanted ? "subscribed" : "unsubscribed";
  }
  const changes: TPreferenceChanges = { channels, topics };
  const { changed } = await setProfilePreferences(centre.workspaceId, centre.profileId, changes, "preferenceCentre");
  return { kind: all ? "unsubscribedAll" : "saved", changed };
}
