import { randomUUID } from "node:crypto";
import { v7 as timeOrderedId } from "uuid";
import { Prisma } from "../db/generated/sqlite/client";
import type { TChannel } from "../journey/channels";
import { ingestClock } from "../engine/runner/test-clock";
import { applyConsentBatch, type TProfileConsentChanges } from "./apply-consent-batch";
import { countIdentityKinds } from "./count-identity-kinds";
import { droppedIdentifierRows } from "./dropped-identifier-rows";
import { findIdentityOwners } from "./find-identity-owners";
import { findStoredMessageIds } from "./find-stored-message-ids";
import { identityKey, parseIdentityKey, type TIncomingEvent } from "./incoming-event";
import { insertEvents } from "./insert-events";
import { insertRows } from "./insert-rows";
import type { TIdentityRules } from "./identity-rules";
import { lockProfiles, type TLockedProfile } from "./lock-profiles";
import { mergeProfiles } from "./merge-profiles";
import { planIdentityResolution, profilesNeedingCounts } from "./plan-identity-resolution";
import { applyEventsToProfile, boundProfileState, emptyProfileState, profileStateOf, sameProfileState, storedTraitTimestamps, type TProfileState } from "./profile-state";
import type { TTx } from "./run-write-transaction";
import { updateProfileStates } from "./update-profile-states";

export interface TBatchWrite {
  /** messageIds stored now; the other events repeat one the workspace already had (or one earlier in the batch) */
  storedIds: Set<string>;
  /** the profile each stored or repeated event resolved to, by messageId */
  profileOf: Map<string, string>;
  /** profiles this batch created */
  createdProfileIds: Set<string>;
  /** per profile merged away, the messageId of the event that linked it */
  mergedBy: string[];
  /** per stored messageId, how many of its identifiers were recorded as dropped */
  droppedOf: Map<string, number>;
}

const json = (value: unknown) => value as Prisma.InputJsonValue;
const stateColumns = (state: TProfileState) => ({ traits: json(state.traits), traitTimestamps: json(storedTraitTimestamps(state)), timezone: state.timezone, locale: state.locale, firstSeenAt: state.firstSeenAt, lastSeenAt: state.lastSeenAt });

/** When the latest of a profile's events arrived (the write's clock if none say). */
function latestArrival(events: readonly TIncomingEvent[], fallback: Date): Date {
  let latest: Date | null = null;
  for (const event of events) if (!latest || event.receivedAt > latest) latest = event.receivedAt;
  return latest ?? fallback;
}

/**
 * When a group's merges happen: the write's clock, or under the test clock the time of the latest
 * event that linked the profiles (`ingestClock`), so the runs a merge ends are stamped on the
 * journeys' virtual clock like every other step.
 */
function mergeTime(merged: readonly { messageId: string }[], events: readonly TIncomingEvent[], now: Date): Date {
  const linking = new Set(merged.map((m) => m.messageId));
  const linked = events.filter((e) => linking.has(e.messageId));
  const times = (linked.length > 0 ? linked : events).map((e) => e.timestamp.getTime());
  return times.length > 0 ? ingestClock(new Date(Math.max(...times)), now) : now;
}

/** Nothing to write: every event repeats a stored messageId. */
export const emptyBatchWrite = (profileOf = new Map<string, string>()): TBatchWrite => ({ storedIds: new Set(), profileOf, createdProfileIds: new Set(), mergedBy: [], droppedOf: new Map() });

/**
 * Writes a batch of validated events inside the caller's transaction: skips messageIds already
 * stored, resolves identities for the whole batch at once under the workspace's identity rules
 * (planIdentityResolution), merges profiles the batch links, creates new profiles and
 * identities, folds each profile's events into its traits / place / seen times / consent,
 * inserts the events and records the identifiers the stored events could not attach
 * (DroppedIdentifier). A few statements per batch rather than per event; races surface as
 * unique-index or lock errors that runWriteTransaction retries.
 */
export async function writeIngestBatch(tx: TTx, workspaceId: string, events: readonly TIncomingEvent[], rules: TIdentityRules): Promise<TBatchWrite> {
  const firsts = new Map<string, TIncomingEvent>();
  for (const event of events) if (!firsts.has(event.messageId)) firsts.set(event.messageId, event);
  // a read to skip work, not to decide: insertEvents' ON CONFLICT is what keeps messageIds unique
  const known = await findStoredMessageIds(tx, workspaceId, [...firsts.keys()]);
  const profileOf = new Map(known.map((row) => [row.messageId, row.profileId ?? ""]));
  for (const row of known) firsts.delete(row.messageId);
  const fresh = [...firsts.values()];
  if (fresh.length === 0) return emptyBatchWrite(profileOf);

  const owners = await findIdentityOwners(tx, workspaceId, fresh);
  const profiles = await lockProfiles(tx, workspaceId, [...owners.values()]);
  const planEvents = fresh.map((event) => ({ messageId: event.messageId, keys: event.identifiers.map((i) => identityKey(i.kind, i.value)), previousId: event.previousId }));
  // read under the locks: the limits hold against what concurrent writers committed
  const counts = await countIdentityKinds(tx, workspaceId, profilesNeedingCounts(planEvents, owners));
  // time-ordered: of profiles created in one write (same createdAt), the one whose events came
  // first has the smaller id, so it is the one that survives a later merge of the two
  const plan = planIdentityResolution(planEvents, { owners, profiles, counts, rules, newProfileId: () => timeOrderedId() });

  const now = new Date();
  const created: Prisma.ProfileCreateManyInput[] = [];
  const identities: Prisma.IdentityCreateManyInput[] = [];
  const updates: { id: string; state: TProfileState }[] = [];
  const consents: TProfileConsentChanges[] = [];
  const mergedBy: string[] = [];
  for (const group of plan.groups) {
    const groupEvents = group.eventIndexes.map((index) => fresh[index] as TIncomingEvent);
    const { profileId } = group;
    const survivor = group.isNew ? undefined : (profiles.get(profileId) as TLockedProfile);
    const receivedAt = latestArrival(groupEvents, now);
    const stored = survivor
      ? group.merged.length > 0
        ? await mergeProfiles(tx, workspaceId, survivor, group.merged.map((m) => ({ profile: profiles.get(m.profileId) as TLockedProfile, messageId: m.messageId || null })), mergeTime(group.merged, groupEvents, now))
        : profileStateOf(survivor)
      : emptyProfileState(groupEvents[0]?.timestamp ?? now);
    // a stored time after this write's clock was never observed: it yields, and is written back healed
    const state = applyEventsToProfile(boundProfileState(stored, receivedAt > now ? receivedAt : now, receivedAt), groupEvents);
    for (const m of group.merged) mergedBy.push(m.messageId);
    for (const event of groupEvents) profileOf.set(event.messageId, profileId);
    for (const key of group.newKeys) identities.push({ id: randomUUID(), workspaceId, profileId, ...parseIdentityKey(key), createdAt: now });
    const changes = groupEvents.flatMap((event) => Object.entries(event.consent).map(([channel, status]) => ({ channel: channel as TChannel, status, at: event.timestamp, source: event.type })));
    if (changes.length > 0) consents.push({ profileId, changes, isNew: !survivor, receivedAt });
    if (!survivor) created.push({ id: profileId, workspaceId, ...stateColumns(state), createdAt: now, updatedAt: now });
    else if (group.merged.length > 0 || !sameProfileState(stored, state)) updates.push({ id: profileId, state });
  }

  await insertRows(tx, "Profile", created);
  // one order for every writer, so two batches inserting the same identifiers collide rather than deadlock
  await insertRows(tx, "Identity", identities.sort((a, b) => (`${a.kind}:${a.value}` < `${b.kind}:${b.value}` ? -1 : 1)));
  await updateProfileStates(tx, workspaceId, updates);
  await applyConsentBatch(tx, workspaceId, consents);
  const storedIds = await insertEvents(tx, workspaceId, fresh.map((event) => ({ event, profileId: profileOf.get(event.messageId) as string })));
  // only for events stored now: a messageId repeated (in this batch, or racing another writer) records its drops once
  const dropped = droppedIdentifierRows(workspaceId, fresh, plan.drops, profileOf, storedIds);
  await insertRows(tx, "DroppedIdentifier", dropped);
  const droppedOf = new Map<string, number>();
  for (const row of dropped) droppedOf.set(row.eventMessageId, (droppedOf.get(row.eventMessageId) ?? 0) + 1);
  return { storedIds, profileOf, createdProfileIds: new Set(created.map((row) => row.id as string)), mergedBy, droppedOf };
}
