import { forgetProfileMemberships } from "../segments/forget-profile-memberships";
import type { TPrincipal } from "../auth/principal";
import { notFound } from "../errors";
import { checkProfileId } from "./check-profile-id";
import { lockProfiles } from "./lock-profiles";
import { runWriteTransaction, type TTx } from "./run-write-transaction";

const MAX_MERGE_HOPS = 100;

/** How much went with a deleted profile: counts only, never the data. */
export interface TProfileDeletionCounts {
  events: number;
  messages: number;
  messageEvents: number;
  identities: number;
  droppedIdentifiers: number;
  consents: number;
  topicPreferences: number;
  enrollments: number;
  stepLogs: number;
  segmentMemberships: number;
  merges: number;
  enrollmentRefusals: number;
}

/** The value recorded in `ProfileDeletion.deletedBy`: "user:<id>" or "apiKey:<id>". */
export function deletedByOf(principal: Pick<TPrincipal, "kind" | "userId" | "apiKeyId">): string {
  return principal.kind === "apiKey" ? `apiKey:${principal.apiKeyId ?? "unknown"}` : `user:${principal.userId ?? "unknown"}`;
}

/**
 * Merge records of every profile that merged into this one, directly or hop by hop: once the
 * survivor is gone, an old id must not lead anywhere (it would lead to deleted data).
 */
async function forgetMerges(tx: TTx, workspaceId: string, profileId: string): Promise<number> {
  let count = 0;
  for (let frontier = [profileId], hops = 0; frontier.length > 0 && hops < MAX_MERGE_HOPS; hops++) {
    const found = await tx.profileMerge.findMany({ where: { workspaceId, survivorId: { in: frontier } }, select: { id: true, mergedId: true } });
    if (found.length === 0) break;
    count += (await tx.profileMerge.deleteMany({ where: { id: { in: found.map((m) => m.id) } } })).count;
    frontier = found.map((m) => m.mergedId);
  }
  return count;
}

/**
 * Deletes a profile and everything of it — events, messages and their engagement, identities,
 * the identifiers its events carried but did not attach, consent, topic preferences,
 * enrollments and their step logs, refused enrolments, segment memberships, the merge records
 * that point at it — in one transaction, and records the deletion with counts only (no traits,
 * no identifiers) and who did it. Pending outbox rows go too, so nothing more is sent.
 * The profile is locked first, as every writer that touches a profile's rows does, so a
 * concurrent ingest either lands before (and is deleted) or finds the profile gone and makes a
 * new one. Unknown id (or another workspace's): notFound.
 */
export async function deleteProfile(workspaceId: string, profileId: string, deletedBy: string, now = new Date()): Promise<{ deletionId: string; deleted: TProfileDeletionCounts }> {
  checkProfileId(profileId);
  return runWriteTransaction(async (tx) => {
    const exists = await tx.profile.findFirst({ where: { id: profileId, workspaceId }, select: { id: true } });
    if (!exists) throw notFound("profile");
    await lockProfiles(tx, workspaceId, [profileId]);
    const mine = { workspaceId, profileId };
    const messageEvents = (await tx.messageEvent.deleteMany({ where: { workspaceId, message: { profileId } } })).count;
    const messages = (await tx.message.deleteMany({ where: mine })).count;
    const stepLogs = (await tx.stepLog.deleteMany({ where: { workspaceId, enrollment: { profileId } } })).count;
    const enrollments = (await tx.enrollment.deleteMany({ where: mine })).count;
    const events = (await tx.event.deleteMany({ where: mine })).count;
    const identities = (await tx.identity.deleteMany({ where: mine })).count;
    const droppedIdentifiers = (await tx.droppedIdentifier.deleteMany({ where: mine })).count;
    const consents = (await tx.consent.deleteMany({ where: mine })).count;
    const topicPreferences = (await tx.topicPreference.deleteMany({ where: mine })).count;
    const enrollmentRefusals = (await tx.enrollmentRefusal.deleteMany({ where: mine })).count;
    // Counts and history first (the exits are recorded by id), then the rows themselves.
    await forgetProfileMemberships(tx, workspaceId, profileId, now);
    const segmentMemberships = (await tx.segmentMembership.deleteMany({ where: { workspaceId, profileId } })).count;
    const merges = await forgetMerges(tx, workspaceId, profileId);
    await tx.profile.delete({ where: { id: profileId } });
    const deleted: TProfileDeletionCounts = { events, messages, messageEvents, identities, droppedIdentifiers, consents, topicPreferences, enrollments, stepLogs, segmentMemberships, merges, enrollmentRefusals };
    const record = await tx.profileDeletion.create({ data: { workspaceId, profileId, deletedBy, counts: { ...deleted }, deletedAt: now } });
    return { deletionId: record.id, deleted };
  });
}
