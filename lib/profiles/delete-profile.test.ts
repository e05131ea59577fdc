import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { deletedByOf, deleteProfile } from "./delete-profile";
import { createHistoryWorkspace, createProfileWithHistory } from "./testing/profile-with-history";

/** Every row of every table that belongs to a profile, counted. */
async function rowsOf(workspaceId: string, profileId: string) {
  const where = { workspaceId, profileId };
  return {
    profile: await db.profile.count({ where: { id: profileId } }),
    events: await db.event.count({ where }),
    messages: await db.message.count({ where }),
    messageEvents: await db.messageEvent.count({ where: { workspaceId, message: { profileId } } }),
    identities: await db.identity.count({ where }),
    droppedIdentifiers: await db.droppedIdentifier.count({ where }),
    consents: await db.consent.count({ where }),
    topicPreferences: await db.topicPreference.count({ where }),
    enrollments: await db.enrollment.count({ where }),
    stepLogs: await db.stepLog.count({ where: { workspaceId, enrollment: { profileId } } }),
    segmentMemberships: await db.segmentMembership.count({ where }),
    merges: await db.profileMerge.count({ where: { workspaceId, OR: [{ survivorId: profileId }, { mergedId: profileId }] } }),
    enrollmentRefusals: await db.enrollmentRefusal.count({ where }),
  };
}

describe("deleteProfile", () => {
  let ws: Awaited<ReturnType<typeof createHistoryWorkspace>>;
  let ada: Awaited<ReturnType<typeof createProfileWithHistory>>;
  let bob: Awaited<ReturnType<typeof createProfileWithHistory>>;
  let before: Awaited<ReturnType<typeof rowsOf>>;
  let bobBefore: Awaited<ReturnType<typeof rowsOf>>;
  let result: Awaited<ReturnType<typeof deleteProfile>>;

  beforeAll(async () => {
    ws = await createHistoryWorkspace();
    ada = await createProfileWithHistory(ws, "Ada");
    bob = await createProfileWithHistory(ws, "Bob");
    before = await rowsOf(ws.workspaceId, ada.profileId);
    bobBefore = await rowsOf(ws.workspaceId, bob.profileId);
    result = await deleteProfile(ws.workspaceId, ada.profileId, "user:u_1");
  });

  it("had a full history to delete (the fixture is not empty)", () => {
    for (const [table, count] of Object.entries(before)) expect(count, table).toBeGreaterThan(0);
  });

  it("deletes the profile and every row of it, and reports what went", async () => {
    const after = await rowsOf(ws.workspaceId, ada.profileId);
    expect(Object.values(after).every((n) => n === 0), JSON.stringify(after)).toBe(true);
    const { profile: _profile, ...counted } = before;
    expect(result.deleted).toEqual(counted);
  });

  it("leaves other profiles untouched", async () => {
    expect(await rowsOf(ws.workspaceId, bob.profileId)).toEqual(bobBefore);
  });

  it("takes the profile out of its segments: count down, exit recorded", async () => {
    const segment = await db.segment.findUniqueOrThrow({ where: { id: ws.segmentId } });
    expect(segment.memberCount).toBe(1);
    const changes = await db.segmentMembershipChange.findMany({ where: { segmentId: ws.segmentId, profileId: ada.profileId }, orderBy: { at: "asc" } });
    // Ingestion put the profile in the segment; the deletion's exit follows it in the history.
    expect(changes.map((c) => c.change)).toEqual(["entered", "exited"]);
  });

  it("records the deletion with counts and who, and nothing that identifies the person", async () => {
    const record = await db.profileDeletion.findUniqueOrThrow({ where: { id: result.deletionId } });
    expect(record).toMatchObject({ workspaceId: ws.workspaceId, profileId: ada.profileId, deletedBy: "user:u_1" });
    expect(record.counts).toEqual(result.deleted);
    const text = JSON.stringify(record).toLowerCase();
    for (const secret of [ada.email, ada.userId, ada.anonymousId, `note-${ada.tag}`, `sku-${ada.tag}`, ada.tag]) expect(text).not.toContain(secret.toLowerCase());
  });

  it("answers notFound for an unknown id, a deleted one, and another workspace's profile", async () => {
    await expect(deleteProfile(ws.workspaceId, "nope", "user:u_1")).rejects.toMatchObject({ kind: "notFound" });
    await expect(deleteProfile(ws.workspaceId, ada.profileId, "user:u_1")).rejects.toMatchObject({ kind: "notFound" });
    const other = await createHistoryWorkspace();
    await expect(deleteProfile(other.workspaceId, bob.profileId, "user:u_1")).rejects.toMatchObject({ kind: "notFound" });
    expect(await db.profile.count({ where: { id: bob.profileId } })).toBe(1);
  });

  it("lets the same person come back as a new profile", async () => {
    const again = await db.identity.findFirst({ where: { workspaceId: ws.workspaceId, value: ada.email } });
    expect(again).toBeNull();
  });

  it("names who deleted: a member or an API key", () => {
    expect(deletedByOf({ kind: "user", userId: "u1", apiKeyId: null })).toBe("user:u1");
    expect(deletedByOf({ kind: "apiKey", userId: null, apiKeyId: "k1" })).toBe("apiKey:k1");
  });
});
