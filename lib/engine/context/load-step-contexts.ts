import type { Db } from "../../db/client";
import { ZChannel } from "../../journey/channels";
import { loadTopicStandings } from "../../topics/load-topic-standings";
import { getWorkspaceRulesMany } from "../../workspace-settings/get-workspace-rules";
import type { TConsentStatus, TContextEvent, TEngagement, TJourneyVersion, TSentMessage, TStepContext } from "../types";
import { EVENTS_PER_PROFILE, eventWindowMs } from "./event-window";
import { readMessageMeta } from "./message-meta";

/** What the loader needs to know about each enrollment of the batch. */
export type TContextRequest = { enrollmentId: string; workspaceId: string; profileId: string; journeyId: string; version: Pick<TJourneyVersion, "graph" | "settings"> };

const HOUR = 3_600_000;
/** Statuses of messages that reached (or may have reached) the customer, for frequency caps. */
const COUNTED_STATUSES = ["pending", "sending", "sent", "unknown"];

function group<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

const CONSENT: Record<string, TConsentStatus> = { subscribed: "subscribed", unsubscribed: "unsubscribed" };

/** Enrollments per query for their own messages: profile and enrollment ids both go in as parameters (the SQLite driver refuses a thousand or so). */
const OWN_MESSAGES_CHUNK = 300;

/**
 * The messages each enrollment sent, with engagement. The profile narrows the (workspaceId,
 * profileId, createdAt) index — Message has no enrollment index, and an enrollment filter alone
 * reads every message of the workspace — so both id lists are parameters, hence the chunks.
 */
async function loadOwnMessages(db: Db, requests: readonly TContextRequest[], workspaceIds: readonly string[]) {
  const chunks: TContextRequest[][] = [];
  for (let start = 0; start < requests.length; start += OWN_MESSAGES_CHUNK) chunks.push(requests.slice(start, start + OWN_MESSAGES_CHUNK));
  const rows = await Promise.all(
    chunks.map((chunk) =>
      db.message.findMany({
        where: { workspaceId: { in: [...workspaceIds] }, profileId: { in: [...new Set(chunk.map((r) => r.profileId))] }, enrollmentId: { in: chunk.map((r) => r.enrollmentId) } },
        select: { enrollmentId: true, nodeId: true, createdAt: true, sentAt: true, events: { where: { type: { in: ["delivered", "opened", "clicked"] } }, select: { type: true, at: true } } },
        orderBy: { createdAt: "asc" },
      }),
    ),
  );
  return rows.flat();
}

/**
 * The read-only snapshot each enrollment of a batch steps with, loaded with a fixed number of
 * queries whatever the batch size (own messages: one per 300 enrollments): profiles, identities, consent, recent events (the longest
 * window the versions read, newest first, at most 200 per profile), engagement with this
 * enrollment's own messages by node, messages to the profile across journeys inside the longest
 * frequency-cap window, live segment memberships and the workspace rules. Every query is scoped
 * by workspace. An enrollment whose profile is gone has no entry; the caller exits it.
 */
export async function loadStepContexts(db: Db, requests: readonly TContextRequest[], now: Date): Promise<Map<string, TStepContext>> {
  if (requests.length === 0) return new Map();
  const workspaceIds = [...new Set(requests.map((r) => r.workspaceId))];
  const profileIds = [...new Set(requests.map((r) => r.profileId))];
  const rules = await getWorkspaceRulesMany(db, workspaceIds);
  const windowMs = Math.max(...requests.map((r) => eventWindowMs(r.version)));
  const capWindowMs = Math.max(0, ...[...rules.values()].flatMap((r) => r.frequencyCaps.map((c) => c.windowHours * HOUR)));
  const scope = { workspaceId: { in: workspaceIds }, profileId: { in: profileIds } };
  // Identity and Consent are looked up by profile id alone, which leads every planner to the
  // profile index (SQLite once walked the workspace's million identities here; it now plans with
  // writeSqliteStatistics' figures). Profile ids are unique across workspaces and come from
  // workspace-scoped rows; rows are still checked against the workspace below.
  const byProfile = { profileId: { in: profileIds } };
  const inWorkspace = new Set(workspaceIds);

  const [profiles, identities, consents, events, ownMessages, recentMessages, memberships] = await Promise.all([
    db.profile.findMany({ where: { workspaceId: { in: workspaceIds }, id: { in: profileIds } }, select: { id: true, traits: true, timezone: true, locale: true } }),
    db.identity.findMany({ where: byProfile, select: { workspaceId: true, profileId: true, kind: true, value: true }, orderBy: { createdAt: "desc" } }),
    db.consent.findMany({ where: byProfile, select: { workspaceId: true, profileId: true, channel: true, status: true } }),
    db.event.findMany({
      where: { ...scope, type: "track", timestamp: { gte: new Date(now.getTime() - windowMs), lte: now } },
      select: { profileId: true, name: true, properties: true, timestamp: true },
      orderBy: { timestamp: "desc" },
      take: EVENTS_PER_PROFILE * profileIds.length,
    }),
    loadOwnMessages(db, requests, workspaceIds),
    capWindowMs > 0
      ? db.message.findMany({
          where: { ...scope, status: { in: COUNTED_STATUSES }, frequencyCapExempt: false, createdAt: { gt: new Date(now.getTime() - capWindowMs), lte: now } },
          select: { profileId: true, channel: true, createdAt: true, journeyId: true, content: true },
        })
      : Promise.resolve([]),
    db.segmentMembership.findMany({ where: { ...scope, exitedAt: null }, select: { profileId: true, segmentId: true } }),
  ]);

  const topicsFor = await loadTopicStandings(db, requests);
  const profileById = new Map(profiles.map((p) => [p.id, p]));
  const identitiesBy = group(identities.filter((i) => inWorkspace.has(i.workspaceId)), (i) => i.profileId);
  const consentsBy = group(consents.filter((c) => inWorkspace.has(c.workspaceId)), (c) => c.profileId);
  const eventsBy = group(events, (e) => e.profileId);
  const ownBy = group(ownMessages, (m) => m.enrollmentId);
  const recentBy = group(recentMessages, (m) => m.profileId);
  const segmentsBy = group(memberships, (m) => m.profileId);

  const contexts = new Map<string, TStepContext>();
  for (const request of requests) {
    const profile = profileById.get(request.profileId);
    const workspace = rules.get(request.workspaceId);
    if (!profile || !workspace) continue;
    const consent: TStepContext["consent"] = {};
    for (const row of consentsBy.get(profile.id) ?? []) {
      const channel = ZChannel.safeParse(row.channel);
      if (channel.success) consent[channel.data] = CONSENT[row.status] ?? "neverAsked";
    }
    const contextEvents: TContextEvent[] = (eventsBy.get(profile.id) ?? [])
      .slice(0, EVENTS_PER_PROFILE)
      .map((e) => ({ name: e.name, properties: asRecord(e.properties), timestamp: e.timestamp }));
    const engagement: Record<string, TEngagement> = {};
    // Oldest first, so the latest send of a node wins, as the engine expects.
    for (const message of ownBy.get(request.enrollmentId) ?? []) {
      if (!message.nodeId) continue;
      const first = (type: string) => message.events.filter((e) => e.type === type).map((e) => e.at).sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
      engagement[message.nodeId] = { delivered: first("delivered"), opened: first("opened"), clicked: first("clicked") };
    }
    // Exempt sends are filtered in SQL; rows written before the column existed say so in their JSON.
    const messages: TSentMessage[] = (recentBy.get(profile.id) ?? []).flatMap((m) => {
      const channel = ZChannel.safeParse(m.channel);
      return channel.success ? [{ channel: channel.data, at: m.createdAt, journeyId: m.journeyId, exempt: readMessageMeta(m.content).frequencyCapExempt }] : [];
    });
    contexts.set(request.enrollmentId, {
      profile: { id: profile.id, traits: asRecord(profile.traits), timezone: profile.timezone, locale: profile.locale },
      identities: (identitiesBy.get(profile.id) ?? []).map((i) => ({ kind: i.kind, value: i.value })),
      consent,
      events: contextEvents,
      engagement,
      messages,
      segments: (segmentsBy.get(profile.id) ?? []).map((s) => s.segmentId),
      workspace,
      journey: { id: request.journeyId },
      topics: topicsFor(request.workspaceId, profile.id),
    });
  }
  return contexts;
}
