import type { Db } from "../db/client";
import type { TChannel } from "../journey/channels";
import type { TIncomingEvent } from "../profiles/incoming-event";
import { loadActiveSegments } from "./load-active-segments";
import { reconcileMergedMemberships } from "./reconcile-merged-memberships";
import { updateSegmentMemberships } from "./update-segment-memberships";

/**
 * The ingest hook's segment step: after a request's events, traits, consent and merges are
 * stored, brings the memberships of the profiles it touched up to date. Track events touch the
 * segments counting their names, identify calls those reading the traits and consent channels
 * they set; the survivors of merges this request caused are re-evaluated for every segment after
 * the merged-away profiles' memberships are reconciled (see reconcileMergedMemberships).
 * `now` is the ingest hook's clock (real time; the events' own under the test clock).
 * Returns how many profiles entered a segment (segment-entry journeys have work when > 0).
 */
export async function updateSegmentsAfterIngest(db: Db, workspaceId: string, events: readonly TIncomingEvent[], profileOf: ReadonlyMap<string, string>, storedIds: ReadonlySet<string>, now: Date): Promise<{ entered: number }> {
  const stored = events.filter((e) => storedIds.has(e.messageId) && profileOf.has(e.messageId));
  if (stored.length === 0) return { entered: 0 };
  // A workspace without segments pays this one query.
  const segments = await loadActiveSegments(db, workspaceId);
  if (segments.length === 0) return { entered: 0 };
  const eventNames = new Set<string>();
  const traits = new Set<string>();
  const consent = new Set<TChannel>();
  for (const event of stored) {
    if (event.type === "track") eventNames.add(event.name);
    for (const key of Object.keys(event.traits ?? {})) traits.add(key);
    for (const channel of Object.keys(event.consent) as TChannel[]) consent.add(channel);
  }
  const profileIds = [...new Set(stored.map((e) => profileOf.get(e.messageId) as string))];
  const survivors = await reconcileMergedMemberships(db, workspaceId, stored.map((e) => e.messageId), now);
  const rest = profileIds.filter((id) => !survivors.has(id));
  let entered = 0;
  if (survivors.size > 0) entered += (await updateSegmentMemberships(db, { workspaceId, profileIds: [...survivors], changed: { all: true }, now, segments })).entered;
  if (rest.length > 0) entered += (await updateSegmentMemberships(db, { workspaceId, profileIds: rest, changed: { eventNames: [...eventNames], traits: [...traits], consent: [...consent] }, now, segments })).entered;
  return { entered };
}
