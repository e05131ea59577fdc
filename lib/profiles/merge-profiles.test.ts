import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createIngestWorkspace, identitiesOf, sendIngest } from "./testing/ingest-fixtures";

type TWs = Awaited<ReturnType<typeof createIngestWorkspace>>;

async function profileOf(ws: TWs, key: string) {
  const id = (await identitiesOf(ws.workspaceId)).get(key);
  if (!id) throw new Error(`no profile holds ${key}`);
  return db.profile.findUniqueOrThrow({ where: { id } });
}

// Paused: these hand-made enrollments sit on nodes their empty graphs lack, so a live journey
// would (rightly) step them out when the linking event arrives; merges move them either way.
async function journeyWithVersion(workspaceId: string, name: string) {
  const journey = await db.journey.create({ data: { workspaceId, name, draft: { nodes: [], edges: [] }, status: "paused" } });
  const version = await db.journeyVersion.create({ data: { workspaceId, journeyId: journey.id, version: 1, graph: { nodes: [], edges: [] } } });
  return { journeyId: journey.id, versionId: version.id };
}

async function enroll(workspaceId: string, profileId: string, journey: { journeyId: string; versionId: string }, steps: number) {
  const enrollment = await db.enrollment.create({ data: { workspaceId, profileId, ...journey, state: "waiting", currentNodeId: `n${steps}` } });
  for (let i = 0; i < steps; i++) {
    await db.stepLog.create({ data: { workspaceId, enrollmentId: enrollment.id, ...journey, nodeId: `n${i}`, nodeType: "wait", action: "entered", at: new Date() } });
  }
  return enrollment.id;
}

describe("profile merges", () => {
  let ws: TWs;
  beforeAll(async () => {
    ws = await createIngestWorkspace();
  });

  it("merges the younger profile into the older one when an event links them, and records who, when and by which event", async () => {
    await sendIngest("identify", { userId: "m-u1", traits: { name: "Old" }, timestamp: "2026-01-01T00:00:00Z" }, { key: ws.writeKey });
    const older = await profileOf(ws, "userId:m-u1");
    await sendIngest("track", { anonymousId: "m-a1", event: "Browsed", timestamp: "2026-01-02T00:00:00Z" }, { key: ws.writeKey });
    const younger = await profileOf(ws, "anonymousId:m-a1");
    expect(younger.id).not.toBe(older.id);

    await sendIngest("identify", { userId: "m-u1", anonymousId: "m-a1", messageId: "link-1" }, { key: ws.writeKey });
    const ids = await identitiesOf(ws.workspaceId);
    expect(ids.get("anonymousId:m-a1")).toBe(older.id);
    expect(await db.profile.findUnique({ where: { id: younger.id } })).toBeNull();
    expect(await db.event.count({ where: { workspaceId: ws.workspaceId, profileId: older.id } })).toBe(3);
    const merge = await db.profileMerge.findFirstOrThrow({ where: { workspaceId: ws.workspaceId, mergedId: younger.id } });
    expect(merge).toMatchObject({ survivorId: older.id, eventMessageId: "link-1" });
  });

  it("keeps the newest value per trait from either side", async () => {
    await sendIngest("identify", { userId: "t-u", traits: { plan: "free", city: "Paris" }, timestamp: "2026-02-01T00:00:00Z" }, { key: ws.writeKey });
    await sendIngest("identify", { anonymousId: "t-a", traits: { plan: "pro" }, timestamp: "2026-02-03T00:00:00Z" }, { key: ws.writeKey });
    await sendIngest("identify", { anonymousId: "t-a", traits: { city: "Lyon" }, timestamp: "2026-01-15T00:00:00Z" }, { key: ws.writeKey });
    await sendIngest("track", { userId: "t-u", anonymousId: "t-a", event: "Linked", timestamp: "2026-02-04T00:00:00Z" }, { key: ws.writeKey });
    const merged = await profileOf(ws, "userId:t-u");
    expect(merged.traits).toEqual({ plan: "pro", city: "Paris" });
  });

  it("keeps the most restrictive consent per channel and moves what only the merged profile had", async () => {
    await sendIngest("identify", { userId: "c-u", traits: { consent: { email: "subscribed" } } }, { key: ws.writeKey });
    await sendIngest("identify", { anonymousId: "c-a", traits: { consent: { email: "unsubscribed", sms: "subscribed" } } }, { key: ws.writeKey });
    await sendIngest("track", { userId: "c-u", anonymousId: "c-a", event: "Linked" }, { key: ws.writeKey });
    const merged = await profileOf(ws, "userId:c-u");
    const consent = await db.consent.findMany({ where: { profileId: merged.id }, orderBy: { channel: "asc" } });
    expect(consent.map((c) => [c.channel, c.status])).toEqual([["email", "unsubscribed"], ["sms", "subscribed"]]);
  });

  it("keeps the newer of two equal consent statements, whichever profile survives", async () => {
    // the older profile said "unsubscribed" first; the younger said it again later, from a page
    await sendIngest("identify", { userId: "q-u", traits: { consent: { email: "unsubscribed" } }, timestamp: "2026-03-01T00:00:00Z" }, { key: ws.writeKey });
    await sendIngest("page", { anonymousId: "q-a", name: "Preferences", context: { consent: { email: "unsubscribed" } }, timestamp: "2026-03-05T00:00:00Z" }, { key: ws.writeKey });
    await sendIngest("track", { userId: "q-u", anonymousId: "q-a", event: "Linked", timestamp: "2026-03-06T00:00:00Z" }, { key: ws.writeKey });
    const merged = await profileOf(ws, "userId:q-u");
    const [email, ...rest] = await db.consent.findMany({ where: { profileId: merged.id } });
    expect(rest).toEqual([]);
    expect(email).toMatchObject({ channel: "email", status: "unsubscribed", source: "page", updatedAt: new Date("2026-03-05T00:00:00Z") });
  });

  it("keeps the enrollment further along when both profiles are in the same journey and exits the other as merged", async () => {
    await sendIngest("identify", { userId: "e-u" }, { key: ws.writeKey });
    await sendIngest("identify", { anonymousId: "e-a" }, { key: ws.writeKey });
    const survivor = await profileOf(ws, "userId:e-u");
    const other = await profileOf(ws, "anonymousId:e-a");
    const cart = await journeyWithVersion(ws.workspaceId, "Cart");
    const welcome = await journeyWithVersion(ws.workspaceId, "Welcome");
    const behind = await enroll(ws.workspaceId, survivor.id, cart, 1);
    const ahead = await enroll(ws.workspaceId, other.id, cart, 3);
    const onlyOther = await enroll(ws.workspaceId, other.id, welcome, 1);
    const message = await db.message.create({ data: { workspaceId: ws.workspaceId, profileId: other.id, channel: "email", idempotencyKey: `merge-test-${other.id}` } });

    await sendIngest("track", { userId: "e-u", anonymousId: "e-a", event: "Linked" }, { key: ws.writeKey });
    const enrollments = new Map((await db.enrollment.findMany({ where: { id: { in: [behind, ahead, onlyOther] } } })).map((e) => [e.id, e]));
    expect(enrollments.get(ahead)).toMatchObject({ profileId: survivor.id, state: "waiting" });
    expect(enrollments.get(behind)).toMatchObject({ profileId: survivor.id, state: "exited", exitReason: "merged" });
    expect(enrollments.get(onlyOther)).toMatchObject({ profileId: survivor.id, state: "waiting" });
    expect((await db.message.findUniqueOrThrow({ where: { id: message.id } })).profileId).toBe(survivor.id);
  });

  it("merges three profiles at once when one identify carries an identifier of each", async () => {
    await sendIngest("identify", { userId: "x-u", timestamp: "2026-01-01T00:00:00Z" }, { key: ws.writeKey });
    await sendIngest("identify", { anonymousId: "x-a", traits: { email: "x@example.com" } }, { key: ws.writeKey });
    await sendIngest("track", { anonymousId: "x-b", event: "Seen", context: { device: { id: "x-device" } } }, { key: ws.writeKey });
    const oldest = await profileOf(ws, "userId:x-u");
    await sendIngest("identify", { userId: "x-u", anonymousId: "x-b", traits: { email: "X@example.com" } }, { key: ws.writeKey });
    const ids = await identitiesOf(ws.workspaceId);
    for (const key of ["userId:x-u", "anonymousId:x-a", "email:x@example.com", "anonymousId:x-b", "deviceId:x-device"]) expect(ids.get(key)).toBe(oldest.id);
    expect(await db.profileMerge.count({ where: { workspaceId: ws.workspaceId, survivorId: oldest.id } })).toBe(2);
  });

  it("resolves links made inside one batch, including a merge of two stored profiles", async () => {
    await sendIngest("identify", { userId: "b-u1" }, { key: ws.writeKey });
    await sendIngest("identify", { anonymousId: "b-a2" }, { key: ws.writeKey });
    const first = await profileOf(ws, "userId:b-u1");
    const response = await sendIngest("batch", {
      batch: [
        { type: "track", userId: "b-u1", event: "Shared Device", context: { device: { id: "b-dev" } } },
        { type: "track", anonymousId: "b-anon", event: "Anonymous", context: { device: { id: "b-dev" } } },
        { type: "track", anonymousId: "b-a2", event: "Linked", messageId: "b-link", context: { device: { id: "b-dev" } } },
      ],
    }, { key: ws.writeKey });
    expect(response.body).toEqual({ success: true, accepted: 3, rejected: [] });
    const ids = await identitiesOf(ws.workspaceId);
    for (const key of ["userId:b-u1", "anonymousId:b-a2", "anonymousId:b-anon", "deviceId:b-dev"]) expect(ids.get(key)).toBe(first.id);
    expect(await db.profileMerge.findFirst({ where: { workspaceId: ws.workspaceId, survivorId: first.id } })).toMatchObject({ eventMessageId: "b-link" });
  });
});
