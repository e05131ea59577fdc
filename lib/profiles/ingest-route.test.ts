import { beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { db } from "@/lib/db/client";
import { createTestManagementKey } from "@/lib/db/testing/factories";
import { createIngestWorkspace, identitiesOf, sendIngest } from "./testing/ingest-fixtures";

describe("ingestion endpoints: auth", () => {
  let ws: Awaited<ReturnType<typeof createIngestWorkspace>>;
  beforeAll(async () => {
    ws = await createIngestWorkspace();
  });

  it("accepts the write key as HTTP Basic user name and as a Bearer token", async () => {
    expect(await sendIngest("track", { userId: "u-basic", event: "Signed Up" }, { key: ws.writeKey })).toEqual({ status: 200, body: { success: true } });
    expect((await sendIngest("track", { userId: "u-bearer", event: "Signed Up" }, { authorization: `Bearer ${ws.writeKey}` })).status).toBe(200);
    expect(await db.event.count({ where: { workspaceId: ws.workspaceId, name: "Signed Up" } })).toBe(2);
  });

  it("accepts the writeKey in the body when no header is sent, as Segment does", async () => {
    expect((await sendIngest("track", { writeKey: ws.writeKey, userId: "u-body", event: "Body Key" })).status).toBe(200);
  });

  it("answers 401 JSON to a missing, unknown, revoked or management key and stores nothing", async () => {
    const revoked = await createApiKey(ws.workspaceId, null, { kind: "write", name: "Revoked" });
    await revokeApiKey(ws.workspaceId, revoked.id);
    const management = await createTestManagementKey(ws.workspaceId, "admin");
    for (const key of [null, "wm_write_unknown", revoked.key, management]) {
      const response = await sendIngest("track", { userId: "intruder", event: "Nope" }, { key });
      expect(response.status).toBe(401);
      expect(response.body.error).toMatch(/^unauthorized/);
    }
    expect(await db.event.count({ where: { workspaceId: ws.workspaceId, name: "Nope" } })).toBe(0);
  });
});

describe("ingestion endpoints: events and identities", () => {
  let ws: Awaited<ReturnType<typeof createIngestWorkspace>>;
  beforeAll(async () => {
    ws = await createIngestWorkspace("GB");
  });

  it("stores a track call on a new profile holding its identifiers", async () => {
    await sendIngest("track", { userId: "u1", anonymousId: "a1", event: "Order Completed", properties: { total: 42 }, context: { device: { id: "dev-1" } } }, { key: ws.writeKey });
    const event = await db.event.findFirstOrThrow({ where: { workspaceId: ws.workspaceId, name: "Order Completed" } });
    expect(event).toMatchObject({ type: "track", properties: { total: 42 } });
    const ids = await identitiesOf(ws.workspaceId);
    expect(ids.get("userId:u1")).toBe(event.profileId);
    expect(ids.get("anonymousId:a1")).toBe(event.profileId);
    expect(ids.get("deviceId:dev-1")).toBe(event.profileId);
  });

  it("normalises email (trimmed, lower-cased) and phone (E.164, workspace region) and sets traits, time zone and locale", async () => {
    const response = await sendIngest("identify", { userId: "u2", traits: { email: "  Ada@Example.COM ", phone: "07911 123456", plan: "pro" }, context: { timezone: "Europe/London", locale: "en_GB" } }, { key: ws.writeKey });
    expect(response.status).toBe(200);
    const ids = await identitiesOf(ws.workspaceId);
    const profileId = ids.get("userId:u2");
    expect(ids.get("email:ada@example.com")).toBe(profileId);
    expect(ids.get("phone:+447911123456")).toBe(profileId);
    const profile = await db.profile.findUniqueOrThrow({ where: { id: profileId } });
    expect(profile).toMatchObject({ traits: { email: "ada@example.com", phone: "+447911123456", plan: "pro" }, timezone: "Europe/London", locale: "en-GB" });
  });

  it("links a later call to the profile that already holds one of its identifiers", async () => {
    await sendIngest("page", { anonymousId: "anon-7", name: "Pricing", category: "Marketing", properties: { path: "/pricing" } }, { key: ws.writeKey });
    await sendIngest("identify", { anonymousId: "anon-7", userId: "u7", traits: { email: "seven@example.com" } }, { key: ws.writeKey });
    await sendIngest("track", { userId: "u7", event: "Trial Started" }, { key: ws.writeKey });
    const ids = await identitiesOf(ws.workspaceId);
    const profileId = ids.get("anonymousId:anon-7");
    expect(ids.get("userId:u7")).toBe(profileId);
    const events = await db.event.findMany({ where: { workspaceId: ws.workspaceId, profileId }, orderBy: { timestamp: "asc" } });
    expect(events.map((e) => [e.type, e.name])).toEqual([["page", "Pricing"], ["identify", ""], ["track", "Trial Started"]]);
    expect(events[0]?.properties).toEqual({ category: "Marketing", path: "/pricing" });
  });

  it("keeps a track whose context.traits.phone is not a phone: stored, the phone dropped as invalid and counted", async () => {
    const before = await db.apiKey.findUniqueOrThrow({ where: { id: ws.apiKeyId } });
    const response = await sendIngest("track", { userId: "u-bad-phone", event: "Viewed", messageId: "bad-phone-1", context: { traits: { phone: "unknown" } } }, { key: ws.writeKey });
    expect(response).toEqual({ status: 200, body: { success: true } });
    const ids = await identitiesOf(ws.workspaceId);
    const profileId = ids.get("userId:u-bad-phone");
    expect(profileId).toBeDefined();
    expect([...ids.keys()].filter((k) => k.startsWith("phone:"))).not.toContain("phone:unknown");
    expect(await db.event.findFirst({ where: { workspaceId: ws.workspaceId, messageId: "bad-phone-1" } })).toMatchObject({ profileId, name: "Viewed" });
    const dropped = await db.droppedIdentifier.findMany({ where: { workspaceId: ws.workspaceId, eventMessageId: "bad-phone-1" } });
    expect(dropped).toEqual([expect.objectContaining({ profileId, kind: "phone", value: "unknown", reason: "invalid", ownerProfileId: null, detail: 'phone "unknown" is not a valid phone number (numbers without a country code are read as GB)' })]);
    const after = await db.apiKey.findUniqueOrThrow({ where: { id: ws.apiKeyId } });
    expect(after).toMatchObject({ acceptedCount: before.acceptedCount + 1, rejectedCount: before.rejectedCount, droppedIdentifierCount: before.droppedIdentifierCount + 1 });
  });

  it("keeps an identify whose email is not one: the other traits are set, the email is neither trait nor identity", async () => {
    const response = await sendIngest("identify", { userId: "u-bad-email", messageId: "bad-email-1", traits: { email: "n/a", plan: "x" } }, { key: ws.writeKey });
    expect(response).toEqual({ status: 200, body: { success: true } });
    const ids = await identitiesOf(ws.workspaceId);
    const profile = await db.profile.findUniqueOrThrow({ where: { id: ids.get("userId:u-bad-email") } });
    expect(profile.traits).toEqual({ plan: "x" });
    expect([...ids].filter(([, id]) => id === profile.id).map(([key]) => key)).toEqual(["userId:u-bad-email"]);
    expect(await db.droppedIdentifier.findMany({ where: { workspaceId: ws.workspaceId, eventMessageId: "bad-email-1" } })).toEqual([expect.objectContaining({ profileId: profile.id, kind: "email", value: "n/a", reason: "invalid", detail: 'email "n/a" is not a valid email address' })]);
  });

  it.each([
    ["track", { event: "No One" }, "userId"],
    ["track", { userId: "u", event: "" }, "event"],
    ["track", { userId: "u", event: "E", properties: [1, 2] }, "properties"],
    ["identify", { userId: "u", traits: { consent: { fax: "subscribed" } } }, "traits.consent.fax"],
    ["track", { userId: "u", event: "E", context: { consent: { sms: "maybe" } } }, "context.consent.sms"],
    ["track", { userId: "u", event: "E", timestamp: "yesterday" }, "timestamp"],
    ["track", { userId: "u", event: "E", context: { timezone: "Mars/Olympus" } }, "context.timezone"],
    ["group", { userId: "u" }, "groupId"],
    ["alias", { userId: "u" }, "previousId"],
    ["track", { userId: "u\u0000", event: "E" }, "userId"],
  ] as const)("answers %s %j with 400 naming %s", async (endpoint, body, path) => {
    const response = await sendIngest(endpoint, body, { key: ws.writeKey });
    expect(response.status).toBe(400);
    expect(response.body.path).toBe(path);
    expect(response.body.error?.startsWith(`${path}: `)).toBe(true);
  });

  it("answers malformed JSON and oversized events with 400 naming the body", async () => {
    const malformed = await sendIngest("track", null, { key: ws.writeKey, raw: "{\"userId\": " });
    expect(malformed).toEqual({ status: 400, body: { error: "body: not valid JSON", path: "body" } });
    const big = await sendIngest("track", { userId: "u", event: "Big", properties: { blob: "x".repeat(33 * 1024) } }, { key: ws.writeKey });
    expect(big.status).toBe(400);
    expect(big.body.error).toMatch(/^body: is over the 32 KB limit per event/);
  });

  it("stores a repeated messageId once and counts the repeat", async () => {
    const before = await db.apiKey.findUniqueOrThrow({ where: { id: ws.apiKeyId } });
    const call = { userId: "u-dup", event: "Clicked", messageId: "msg-dup-1" };
    expect((await sendIngest("track", call, { key: ws.writeKey })).status).toBe(200);
    expect((await sendIngest("track", { ...call, properties: { again: true } }, { key: ws.writeKey })).status).toBe(200);
    expect(await db.event.count({ where: { workspaceId: ws.workspaceId, messageId: "msg-dup-1" } })).toBe(1);
    const after = await db.apiKey.findUniqueOrThrow({ where: { id: ws.apiKeyId } });
    expect(after.acceptedCount - before.acceptedCount).toBe(2);
    expect(after.duplicateCount - before.duplicateCount).toBe(1);
  });

  it("corrects the client's clock skew: timestamp + (receivedAt − sentAt)", async () => {
    // the client's clock runs 1 hour slow: it says it sent the call at 09:00 while it is ~10:00 here
    const sentAt = new Date(Date.now() - 3_600_000);
    const timestamp = new Date(sentAt.getTime() - 60_000);
    await sendIngest("track", { userId: "u-skew", event: "Skewed", timestamp: timestamp.toISOString(), sentAt: sentAt.toISOString() }, { key: ws.writeKey });
    const event = await db.event.findFirstOrThrow({ where: { workspaceId: ws.workspaceId, name: "Skewed" } });
    const expected = event.receivedAt.getTime() - 60_000;
    expect(Math.abs(event.timestamp.getTime() - expected)).toBeLessThan(5);
  });

  it("keeps the newest trait value when an older identify arrives late", async () => {
    await sendIngest("identify", { userId: "u-late", traits: { plan: "team" }, timestamp: "2026-05-02T00:00:00Z" }, { key: ws.writeKey });
    await sendIngest("identify", { userId: "u-late", traits: { plan: "free", city: "Leeds" }, timestamp: "2026-05-01T00:00:00Z" }, { key: ws.writeKey });
    const profileId = (await identitiesOf(ws.workspaceId)).get("userId:u-late");
    const profile = await db.profile.findUniqueOrThrow({ where: { id: profileId } });
    expect(profile.traits).toEqual({ plan: "team", city: "Leeds" });
  });

  it("records consent from traits.consent and context.consent, newest statement per channel", async () => {
    await sendIngest("identify", { userId: "u-consent", traits: { consent: { email: "subscribed", sms: "subscribed" } }, timestamp: "2026-05-01T00:00:00Z" }, { key: ws.writeKey });
    await sendIngest("track", { userId: "u-consent", event: "Unsubscribed", context: { consent: { sms: "unsubscribed" } }, timestamp: "2026-05-02T00:00:00Z" }, { key: ws.writeKey });
    await sendIngest("identify", { userId: "u-consent", traits: { consent: { sms: "subscribed" } }, timestamp: "2026-04-30T00:00:00Z" }, { key: ws.writeKey });
    const profileId = (await identitiesOf(ws.workspaceId)).get("userId:u-consent");
    const consent = await db.consent.findMany({ where: { profileId }, orderBy: { channel: "asc" } });
    expect(consent.map((c) => [c.channel, c.status])).toEqual([["email", "subscribed"], ["sms", "unsubscribed"]]);
    const profile = await db.profile.findUniqueOrThrow({ where: { id: profileId } });
    expect(profile.traits).not.toHaveProperty("consent");
  });

  it("stores group and alias calls, and alias links the previous id to the user id", async () => {
    await sendIngest("track", { anonymousId: "pre-signup", event: "Viewed" }, { key: ws.writeKey });
    expect((await sendIngest("alias", { previousId: "pre-signup", userId: "u-alias" }, { key: ws.writeKey })).status).toBe(200);
    expect((await sendIngest("group", { userId: "u-alias", groupId: 77, traits: { name: "Acme" } }, { key: ws.writeKey })).status).toBe(200);
    const ids = await identitiesOf(ws.workspaceId);
    expect(ids.get("userId:u-alias")).toBe(ids.get("anonymousId:pre-signup"));
    const group = await db.event.findFirstOrThrow({ where: { workspaceId: ws.workspaceId, type: "group" } });
    expect(group.properties).toEqual({ groupId: "77", traits: { name: "Acme" } });
  });
});
