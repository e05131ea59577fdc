import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestManagementKey } from "@/lib/db/testing/factories";
import { createHistoryWorkspace, createProfileWithHistory } from "@/lib/profiles/testing/profile-with-history";
import { GET as exportRoute } from "./[id]/export/route";
import { DELETE as deleteRoute } from "./[id]/route";

const base = "http://localhost/api/v1/profiles";
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const req = (url: string, key: string, method = "GET") => new Request(url, { method, headers: { authorization: `Bearer ${key}` } });

describe("profile export and delete API", () => {
  let ws: Awaited<ReturnType<typeof createHistoryWorkspace>>;
  let other: Awaited<ReturnType<typeof createHistoryWorkspace>>;
  let ada: Awaited<ReturnType<typeof createProfileWithHistory>>;
  let bob: Awaited<ReturnType<typeof createProfileWithHistory>>;
  let stranger: Awaited<ReturnType<typeof createProfileWithHistory>>;
  let marketerKey: string;
  let analystKey: string;

  beforeAll(async () => {
    ws = await createHistoryWorkspace();
    other = await createHistoryWorkspace();
    ada = await createProfileWithHistory(ws, "Ada");
    bob = await createProfileWithHistory(ws, "Bob");
    stranger = await createProfileWithHistory(other, "Ada");
    marketerKey = await createTestManagementKey(ws.workspaceId, "marketer");
    analystKey = await createTestManagementKey(ws.workspaceId, "analyst");
  });

  it("exports everything about the profile as a JSON attachment", async () => {
    const response = await exportRoute(req(`${base}/${ada.profileId}/export`, marketerKey), ctx(ada.profileId));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="profile-${ada.profileId}.json"`);
    const text = await response.text();
    const doc = JSON.parse(text);
    expect(doc.profile).toMatchObject({ id: ada.profileId, traits: { email: ada.email, first_name: "Ada", plan: "pro" } });
    expect(Object.keys(doc.profile.traitTimestamps)).toEqual(expect.arrayContaining(["email", "plan"]));
    expect(doc.profile.identities.map((i: { kind: string; value: string }) => `${i.kind}:${i.value}`)).toEqual(expect.arrayContaining([`userId:${ada.userId}`, `email:${ada.email}`, `anonymousId:${ada.anonymousId}`]));
    expect(doc.profile.consent.sms.status).toBe("subscribed");
    expect(doc.profile.merges).toHaveLength(1);
    expect(doc.topicPreferences).toEqual([expect.objectContaining({ topicId: ws.topicId, status: "unsubscribed" })]);
    expect(doc.segments).toEqual([expect.objectContaining({ segmentId: ws.segmentId, exitedAt: null })]);
    expect(doc.droppedIdentifiers).toEqual([expect.objectContaining({ kind: "phone", value: `unknown-${ada.tag}`, reason: "invalid", detail: expect.stringContaining("is not a valid phone number") })]);
    expect(doc.events.map((e: { name: string; type: string }) => e.name || e.type)).toEqual(expect.arrayContaining(["Viewed Product", "Signed Up", "identify"]));
    expect(doc.events).toHaveLength(await db.event.count({ where: { profileId: ada.profileId } }));
    expect(doc.enrollments).toEqual([expect.objectContaining({ journeyId: ws.journey.journeyId, steps: expect.arrayContaining([expect.objectContaining({ nodeId: "email", action: "sent" })]) })]);
    expect(doc.messages).toEqual([expect.objectContaining({ channel: "email", engagement: [expect.objectContaining({ type: "opened" })] })]);
  });

  it("never contains another profile's or another workspace's data", async () => {
    const text = await (await exportRoute(req(`${base}/${ada.profileId}/export`, marketerKey), ctx(ada.profileId))).text();
    for (const foreign of [bob.email, bob.userId, bob.tag, stranger.email, stranger.userId, stranger.tag, other.workspaceId]) expect(text).not.toContain(foreign);
    const cross = await exportRoute(req(`${base}/${stranger.profileId}/export`, marketerKey), ctx(stranger.profileId));
    expect(cross.status).toBe(404);
    expect(await cross.json()).toMatchObject({ error: "profile not found" });
  });

  it("keeps export and delete from analysts", async () => {
    expect((await exportRoute(req(`${base}/${ada.profileId}/export`, analystKey), ctx(ada.profileId))).status).toBe(403);
    const refused = await deleteRoute(req(`${base}/${ada.profileId}`, analystKey, "DELETE"), ctx(ada.profileId));
    expect(refused.status).toBe(403);
    expect(await db.profile.count({ where: { id: ada.profileId } })).toBe(1);
  });

  it("deletes with a management key, records the key, then answers 404", async () => {
    const response = await deleteRoute(req(`${base}/${bob.profileId}`, marketerKey, "DELETE"), ctx(bob.profileId));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.deleted).toMatchObject({ events: expect.any(Number), messages: 1, identities: 3, enrollments: 1 });
    expect(body.deleted.events).toBeGreaterThanOrEqual(3);
    const record = await db.profileDeletion.findUniqueOrThrow({ where: { id: body.deletionId } });
    expect(record.deletedBy).toMatch(/^apiKey:/);
    const again = await deleteRoute(req(`${base}/${bob.profileId}`, marketerKey, "DELETE"), ctx(bob.profileId));
    expect(again.status).toBe(404);
    expect((await exportRoute(req(`${base}/${bob.profileId}/export`, marketerKey), ctx(bob.profileId))).status).toBe(404);
  });

  it("answers 404 for ids no profile can have (a NUL would be a PostgreSQL error)", async () => {
    expect((await deleteRoute(req(`${base}/x`, marketerKey, "DELETE"), ctx("a\u0000b"))).status).toBe(404);
    expect((await exportRoute(req(`${base}/x/export`, marketerKey), ctx("\u0000"))).status).toBe(404);
  });

  it("cannot delete another workspace's profile", async () => {
    const response = await deleteRoute(req(`${base}/${stranger.profileId}`, marketerKey, "DELETE"), ctx(stranger.profileId));
    expect(response.status).toBe(404);
    expect(await db.profile.count({ where: { id: stranger.profileId } })).toBe(1);
  });
});
