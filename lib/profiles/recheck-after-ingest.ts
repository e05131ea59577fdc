import type { Db } from "../db/client";
import type { TChannel } from "../journey/channels";
import { loadExitRules } from "../engine/runner/load-exit-rules";
import { recheckExitCriteria, type TProfileChange } from "../engine/runner/recheck-exit-criteria";
import type { TIncomingEvent } from "./incoming-event";

/**
 * The ingest hook's exit-criteria step: the traits and consent a request's stored events set, and
 * the survivors of the merges it caused, per profile, re-checked against the exit criteria of
 * the profile's running enrollments (`recheckExitCriteria`). Track events need nothing here: they
 * step the profile's live enrollments themselves. A workspace with no exit criteria on a live or
 * paused journey returns before any query (the rules are cached per process).
 */
export async function recheckAfterIngest(db: Db, workspaceId: string, events: readonly TIncomingEvent[], profileOf: ReadonlyMap<string, string>, storedIds: ReadonlySet<string>, now: Date): Promise<void> {
  const stored = events.filter((e) => storedIds.has(e.messageId) && profileOf.has(e.messageId));
  if (stored.length === 0) return;
  if ((await loadExitRules(db, workspaceId)).length === 0) return;
  const changes = new Map<string, { traits: Set<string>; consent: Set<TChannel>; all: boolean }>();
  const entry = (profileId: string) => {
    const found = changes.get(profileId);
    if (found) return found;
    const created = { traits: new Set<string>(), consent: new Set<TChannel>(), all: false };
    changes.set(profileId, created);
    return created;
  };
  for (const event of stored) {
    const traits = Object.keys(event.traits ?? {});
    const consent = Object.keys(event.consent) as TChannel[];
    if (traits.length === 0 && consent.length === 0) continue;
    const change = entry(profileOf.get(event.messageId) as string);
    traits.forEach((t) => change.traits.add(t));
    consent.forEach((c) => change.consent.add(c));
  }
  // A merge can change anything the survivor's criteria read (traits, consent, memberships).
  const merges = await db.profileMerge.findMany({ where: { workspaceId, eventMessageId: { in: stored.map((e) => e.messageId) } }, select: { survivorId: true } });
  for (const { survivorId } of merges) entry(survivorId).all = true;
  const asChanges = new Map<string, TProfileChange>([...changes].map(([id, c]) => [id, { traits: [...c.traits], consent: [...c.consent], all: c.all }]));
  await recheckExitCriteria(db, workspaceId, asChanges, now);
}
