import { db } from "../db/client";
import { notFound } from "../errors";
import { CHANNELS } from "../journey/channels";
import { getConsentPolicies } from "../profiles/get-consent-policies";
import type { TProfilePreferences } from "./preference-schemas";

const asStatus = (status: string | undefined): "subscribed" | "unsubscribed" | "neverAsked" => (status === "subscribed" || status === "unsubscribed" ? status : "neverAsked");

/**
 * A profile's consent on every channel ("neverAsked" where nothing was recorded), its choice on
 * every topic of the workspace (archived ones too, flagged) and the workspace's effective policy
 * per channel, with `receives` saying what the engine would do at send time.
 */
export async function getProfilePreferences(workspaceId: string, profileId: string): Promise<TProfilePreferences> {
  const [profile, policy, topics] = await Promise.all([
    db.profile.findFirst({ where: { id: profileId, workspaceId }, select: { id: true, consents: true, topicPreferences: true } }),
    getConsentPolicies(workspaceId),
    db.topic.findMany({ where: { workspaceId }, orderBy: { name: "asc" } }),
  ]);
  if (!profile) throw notFound("profile");
  const consent = Object.fromEntries(
    CHANNELS.map((channel) => {
      const row = profile.consents.find((c) => c.channel === channel);
      const status = asStatus(row?.status);
      const receives = policy[channel] === "optIn" ? status === "subscribed" : status !== "unsubscribed";
      return [channel, { status, source: row?.source ?? null, updatedAt: row?.updatedAt.toISOString() ?? null, receives }];
    }),
  ) as TProfilePreferences["consent"];
  const topicStandings = Object.fromEntries(
    topics.map((topic) => {
      const row = profile.topicPreferences.find((p) => p.topicId === topic.id);
      const status = asStatus(row?.status);
      const receives = status === "neverAsked" ? topic.defaultSubscribed : status === "subscribed";
      return [topic.id, { name: topic.name, description: topic.description, archived: topic.archivedAt !== null, defaultSubscribed: topic.defaultSubscribed, status, source: row?.source ?? null, updatedAt: row?.updatedAt.toISOString() ?? null, receives }];
    }),
  );
  return { profileId: profile.id, consent, topics: topicStandings, policy };
}
