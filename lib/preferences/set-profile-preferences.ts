import { db } from "../db/client";
import { recheckExitCriteria } from "../engine/runner/recheck-exit-criteria";
import { updateSegmentMemberships } from "../segments/update-segment-memberships";
import { invalid, notFound } from "../errors";
import type { TChannel } from "../journey/channels";
import { applyConsentChanges, type TConsentChange } from "../profiles/apply-consent-changes";
import { lockProfiles } from "../profiles/lock-profiles";
import { runWriteTransaction } from "../profiles/run-write-transaction";
import { resolvePreferenceProfile } from "./resolve-preference-profile";

type TStatus = "subscribed" | "unsubscribed";

/** What a person (or the API on their behalf) chose; absent channels and topics stay as they are. */
export interface TPreferenceChanges {
  channels?: Partial<Record<TChannel, TStatus>>;
  topics?: Record<string, TStatus>;
}

/** What was written: the profile it landed on (after merges) and how many choices changed. */
export interface TSetPreferencesResult {
  profileId: string;
  changed: number;
}

/**
 * Records deliberate preference changes — from the consent API, the preference centre or a
 * one-click unsubscribe — for a profile (followed through merges), in one transaction under the
 * profile lock every writer takes. Channel consent goes through `applyConsentChanges`, the code
 * path identify uses; the statement is dated now, or just after the newest stored statement, so
 * a person's explicit choice never loses to an older event (a stored time after the present
 * moment, from a client clock ahead, counts as now). Topic choices are upserted per topic.
 * Unknown topics are a 400 naming `topics.<id>` and nothing is written. The next journey step
 * reads the new state: consent and topics are loaded at send time. Segments reading the changed
 * channels' consent follow at once, and running enrollments whose journey's exit criteria read
 * it are re-checked at once.
 */
export async function setProfilePreferences(workspaceId: string, profileId: string, changes: TPreferenceChanges, source: string, now: Date = new Date()): Promise<TSetPreferencesResult> {
  const target = await resolvePreferenceProfile(workspaceId, profileId);
  if (!target) throw notFound("profile");
  const topicEntries = Object.entries(changes.topics ?? {});
  const channelEntries = Object.entries(changes.channels ?? {}) as [TChannel, TStatus][];
  const result = await runWriteTransaction(async (tx) => {
    await lockProfiles(tx, workspaceId, [target]);
    let changed = 0;
    if (topicEntries.length > 0) {
      const known = await tx.topic.findMany({ where: { workspaceId, id: { in: topicEntries.map(([id]) => id) } }, select: { id: true } });
      const unknown = topicEntries.find(([id]) => !known.some((t) => t.id === id));
      if (unknown) throw invalid(`topics.${unknown[0]}`, "is not a topic of this workspace");
      const stored = await tx.topicPreference.findMany({ where: { workspaceId, profileId: target, topicId: { in: known.map((t) => t.id) } } });
      for (const [topicId, status] of topicEntries) {
        const row = stored.find((p) => p.topicId === topicId);
        if (row?.status === status) continue;
        changed++;
        if (row) await tx.topicPreference.update({ where: { id: row.id }, data: { status, source } });
        else await tx.topicPreference.create({ data: { workspaceId, profileId: target, topicId, status, source } });
      }
    }
    if (channelEntries.length > 0) {
      const stored = await tx.consent.findMany({ where: { workspaceId, profileId: target } });
      const present = Math.max(now.getTime(), Date.now());
      const at = new Date(Math.max(now.getTime(), ...stored.map((c) => (c.updatedAt.getTime() > present ? now.getTime() : c.updatedAt.getTime() + 1))));
      const consentChanges: TConsentChange[] = channelEntries.map(([channel, status]) => ({ channel, status, at, source }));
      changed += channelEntries.filter(([channel, status]) => stored.find((c) => c.channel === channel)?.status !== status).length;
      await applyConsentChanges(tx, workspaceId, target, consentChanges, false, now);
    }
    return { profileId: target, changed };
  });
  if (channelEntries.length > 0) {
    const consent = channelEntries.map(([channel]) => channel);
    await updateSegmentMemberships(db, { workspaceId, profileIds: [target], changed: { consent }, now });
    // Journeys whose exit criteria read this consent let the person go now, not at their next step.
    await recheckExitCriteria(db, workspaceId, new Map([[target, { consent }]]), now).catch((error: unknown) => console.error("exit criteria could not be re-checked after a consent change", error));
  }
  return result;
}
