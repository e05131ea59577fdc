import type { TConditionContext } from "../engine/conditions/condition-context";
import type { TConsentStatus, TContextEvent } from "../engine/types";
import type { Prisma } from "../db/generated/sqlite/client";
import { ZChannel } from "../journey/channels";

/** A client or an open transaction: every read here works in both. */
export type TSegmentDb = Prisma.TransactionClient;

/** Newest events kept per profile on average: bounds memory when a profile has a huge history. */
export const SEGMENT_EVENTS_PER_PROFILE = 1_000;

/** What the loader must read for a set of definitions evaluated together. */
export type TLoadNeeds = {
  traits: boolean;
  consent: boolean;
  eventNames: ReadonlySet<string>;
  eventWindowMs: number;
  /** segments whose stored membership the definitions read */
  storedSegmentIds: readonly string[];
};

/** Every profile whose id lies in [from, to] (sorted ids): whole-workspace passes read pages without long IN lists. */
export type TIdRange = { from: string; to: string; count: number };

/** The profiles to load: a list of ids, or a range of ids. */
export type TProfileSelection = readonly string[] | TIdRange;

export type TLoadedContexts = {
  /** profiles that exist in the workspace, with what the definitions read */
  contexts: Map<string, TConditionContext>;
};

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

const CONSENT: Record<string, TConsentStatus> = { subscribed: "subscribed", unsubscribed: "unsubscribed" };

/**
 * Condition contexts for a batch of profiles, in at most four queries whatever the batch size:
 * profiles (with traits when read), consent, track events of the names the definitions count in
 * their longest window (newest first, bounded), and live memberships of the segments they read.
 * Only existing profiles of the workspace get a context. `segments` holds stored memberships; the
 * evaluator replaces the answers of segments it computes fresh.
 */
export async function loadSegmentContexts(client: TSegmentDb, workspaceId: string, selection: TProfileSelection, needs: TLoadNeeds, now: Date): Promise<TLoadedContexts> {
  const contexts = new Map<string, TConditionContext>();
  const isRange = !Array.isArray(selection);
  const count = isRange ? (selection as TIdRange).count : selection.length;
  if (count === 0) return { contexts };
  const ids = isRange ? { gte: (selection as TIdRange).from, lte: (selection as TIdRange).to } : { in: [...(selection as readonly string[])] };
  const scope = { workspaceId, profileId: ids };
  const eventNames = [...needs.eventNames];
  const [profiles, consents, events, memberships] = await Promise.all([
    needs.traits
      ? client.profile.findMany({ where: { workspaceId, id: ids }, select: { id: true, traits: true } })
      : client.profile.findMany({ where: { workspaceId, id: ids }, select: { id: true } }),
    needs.consent ? client.consent.findMany({ where: scope, select: { profileId: true, channel: true, status: true } }) : Promise.resolve([]),
    eventNames.length > 0
      ? client.event.findMany({
          where: { ...scope, type: "track", name: { in: eventNames }, timestamp: { gte: new Date(now.getTime() - needs.eventWindowMs), lte: now } },
          select: { profileId: true, name: true, properties: true, timestamp: true },
          orderBy: { timestamp: "desc" },
          take: SEGMENT_EVENTS_PER_PROFILE * count,
        })
      : Promise.resolve([]),
    needs.storedSegmentIds.length > 0
      ? client.segmentMembership.findMany({ where: { ...scope, segmentId: { in: [...needs.storedSegmentIds] }, exitedAt: null }, select: { profileId: true, segmentId: true } })
      : Promise.resolve([]),
  ]);
  for (const profile of profiles) {
    const traits = "traits" in profile ? asRecord(profile.traits) : {};
    contexts.set(profile.id, { traits, events: [], engagement: {}, consent: {}, segments: [] });
  }
  for (const row of consents) {
    const ctx = contexts.get(row.profileId);
    const channel = ZChannel.safeParse(row.channel);
    if (ctx && channel.success) (ctx.consent as Record<string, TConsentStatus>)[channel.data] = CONSENT[row.status] ?? "neverAsked";
  }
  for (const row of events) {
    const ctx = row.profileId === null ? undefined : contexts.get(row.profileId);
    if (!ctx) continue;
    (ctx.events as TContextEvent[]).push({ name: row.name, properties: asRecord(row.properties), timestamp: row.timestamp });
  }
  for (const row of memberships) {
    const ctx = contexts.get(row.profileId);
    if (ctx) (ctx.segments as string[]).push(row.segmentId);
  }
  return { contexts };
}
