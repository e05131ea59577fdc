import { mergeConsents } from "./merge-consents";
import { mergeEnrollmentRefusals } from "./merge-enrollment-refusals";
import { mergeEnrollments } from "./merge-enrollments";
import { mergeTopicPreferences } from "./merge-topic-preferences";
import { mergeProfileStates, profileStateOf, type TProfileState } from "./profile-state";
import type { TLockedProfile } from "./lock-profiles";
import type { TTx } from "./run-write-transaction";

/**
 * Merges profiles into a survivor inside the caller's transaction; all of them must be locked
 * (lockProfiles). Each merged profile's identities, events, messages, dropped identifiers,
 * segment memberships, consent and topic choices (most restrictive wins), enrollments (see
 * mergeEnrollments) and refused enrolments move over, a ProfileMerge row records who merged
 * into whom and by which event, and the merged row is deleted. Returns the survivor's combined state (traits newest per trait); the caller writes it.
 */
export async function mergeProfiles(tx: TTx, workspaceId: string, survivor: TLockedProfile, merged: readonly { profile: TLockedProfile; messageId: string | null }[], at: Date): Promise<TProfileState> {
  let state = profileStateOf(survivor);
  for (const { profile, messageId } of merged) {
    const moved = { where: { workspaceId, profileId: profile.id }, data: { profileId: survivor.id } };
    await tx.identity.updateMany(moved);
    await tx.event.updateMany(moved);
    await tx.message.updateMany(moved);
    await tx.droppedIdentifier.updateMany(moved);
    await mergeConsents(tx, workspaceId, survivor.id, profile.id, at);
    await mergeTopicPreferences(tx, workspaceId, survivor.id, profile.id);
    await mergeEnrollments(tx, workspaceId, survivor.id, profile.id, at);
    await mergeEnrollmentRefusals(tx, workspaceId, survivor.id, profile.id);
    const kept = await tx.segmentMembership.findMany({ where: { workspaceId, profileId: survivor.id }, select: { segmentId: true } });
    await tx.segmentMembership.updateMany({ where: { workspaceId, profileId: profile.id, segmentId: { notIn: kept.map((m) => m.segmentId) } }, data: { profileId: survivor.id } });
    state = mergeProfileStates(state, profileStateOf(profile));
    await tx.profile.delete({ where: { id: profile.id } });
    await tx.profileMerge.create({ data: { workspaceId, survivorId: survivor.id, mergedId: profile.id, eventMessageId: messageId, createdAt: at } });
  }
  return state;
}
