import type { Db } from "../db/client";
import type { TJourneyVersion, TTopicStanding } from "../engine/types";

type TRequest = { workspaceId: string; profileId: string; version: Pick<TJourneyVersion, "graph"> };

/** Whether any message step of the version names a topic: only then are topics worth loading. */
function namesTopic(version: Pick<TJourneyVersion, "graph">): boolean {
  return version.graph.nodes.some((node) => node.type === "message" && Boolean(node.data.topicId));
}

/**
 * The subscription topics of a batch's workspaces with each profile's choice, for the send-time
 * topic check: two queries whatever the batch size, none when no version of the batch has a
 * message step with a topic. The returned lookup gives, per workspace and profile, every topic by
 * id ("neverAsked" where the profile never chose, so the topic's default applies), or undefined
 * when topics were not loaded.
 */
export async function loadTopicStandings(db: Db, requests: readonly TRequest[]): Promise<(workspaceId: string, profileId: string) => Record<string, TTopicStanding> | undefined> {
  if (!requests.some((r) => namesTopic(r.version))) return () => undefined;
  const workspaceIds = [...new Set(requests.map((r) => r.workspaceId))];
  const profileIds = [...new Set(requests.map((r) => r.profileId))];
  const [topics, preferences] = await Promise.all([
    db.topic.findMany({ where: { workspaceId: { in: workspaceIds } }, select: { id: true, workspaceId: true, name: true, defaultSubscribed: true } }),
    db.topicPreference.findMany({ where: { workspaceId: { in: workspaceIds }, profileId: { in: profileIds } }, select: { profileId: true, topicId: true, status: true } }),
  ]);
  const choice = new Map(preferences.map((p) => [`${p.profileId}:${p.topicId}`, p.status]));
  return (workspaceId, profileId) => {
    const standings: Record<string, TTopicStanding> = {};
    for (const topic of topics) {
      if (topic.workspaceId !== workspaceId) continue;
      const status = choice.get(`${profileId}:${topic.id}`);
      standings[topic.id] = { name: topic.name, defaultSubscribed: topic.defaultSubscribed, status: status === "subscribed" || status === "unsubscribed" ? status : "neverAsked" };
    }
    return standings;
  };
}
