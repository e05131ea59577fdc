import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { DEFAULT_IDENTITY_RULES, identityRulesFromJson, type TIdentityRules } from "./identity-rules";
import { runWriteTransaction } from "./run-write-transaction";
import { createIngestWorkspace, identitiesOf, sendIngest } from "./testing/ingest-fixtures";
import { validateEvent } from "./validate-event";
import { writeIngestJobs } from "./write-ingest-jobs";

const PHONE = "+1 (415) 555-0100";
const E164 = "+14155550100";

/** Identifier keys per profile id. */
async function peopleOf(workspaceId: string): Promise<Map<string, string[]>> {
  const people = new Map<string, string[]>();
  for (const [key, profileId] of await identitiesOf(workspaceId)) people.set(profileId, [...(people.get(profileId) ?? []), key].sort());
  return people;
}

const count = (keys: readonly string[], kind: string) => keys.filter((k) => k.startsWith(`${kind}:`)).length;

describe("identity rules: distinct customers sharing a phone", () => {
  it("keeps seven users with one phone as seven profiles; the phone stays on the first and six drops are recorded and counted", async () => {
    const ws = await createIngestWorkspace();
    for (let i = 1; i <= 7; i++) {
      const response = await sendIngest("identify", { userId: `fam-${i}`, messageId: `fam-m${i}`, traits: { email: `fam-${i}@example.com`, phone: PHONE } }, { key: ws.writeKey });
      expect(response.status).toBe(200);
    }
    const people = await peopleOf(ws.workspaceId);
    expect(people.size).toBe(7);
    for (const keys of people.values()) expect(count(keys, "userId")).toBe(1);
    const ids = await identitiesOf(ws.workspaceId);
    const first = ids.get("userId:fam-1");
    expect(ids.get(`phone:${E164}`)).toBe(first);
    for (let i = 2; i <= 7; i++) expect(people.get(ids.get(`userId:fam-${i}`) as string)).toEqual([`email:fam-${i}@example.com`, `userId:fam-${i}`]);

    const drops = await db.droppedIdentifier.findMany({ where: { workspaceId: ws.workspaceId }, orderBy: { eventMessageId: "asc" } });
    expect(drops).toHaveLength(6);
    for (const [n, drop] of drops.entries()) {
      expect(drop).toMatchObject({ profileId: ids.get(`userId:fam-${n + 2}`), kind: "phone", value: E164, reason: "conflict", ownerProfileId: first, eventMessageId: `fam-m${n + 2}` });
      expect(drop.detail).toBe(`phone ${E164} belongs to another profile that has a userId (limit: 1 userId per profile)`);
    }
    expect(await db.profileMerge.count({ where: { workspaceId: ws.workspaceId } })).toBe(0);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: ws.apiKeyId } })).droppedIdentifierCount).toBe(6);
    // their traits keep the phone they gave (a trait is not an identity): each can still be texted
    const second = await db.profile.findUniqueOrThrow({ where: { id: ids.get("userId:fam-2") } });
    expect(second.traits).toMatchObject({ email: "fam-2@example.com", phone: E164 });
  });

  it("decides the same in one batch, and records a messageId repeated in the batch or in a later request once", async () => {
    const ws = await createIngestWorkspace();
    const calls = Array.from({ length: 7 }, (_, i) => ({ type: "identify", userId: `b-${i + 1}`, messageId: `b-m${i + 1}`, traits: { email: `b-${i + 1}@example.com`, phone: PHONE } }));
    const response = await sendIngest("batch", { batch: [...calls, calls[3], calls[6]] }, { key: ws.writeKey });
    expect(response.body).toMatchObject({ accepted: 9, rejected: [] });
    await sendIngest("identify", calls[4], { key: ws.writeKey });
    const people = await peopleOf(ws.workspaceId);
    expect(people.size).toBe(7);
    expect((await identitiesOf(ws.workspaceId)).get(`phone:${E164}`)).toBe((await identitiesOf(ws.workspaceId)).get("userId:b-1"));
    const drops = await db.droppedIdentifier.findMany({ where: { workspaceId: ws.workspaceId } });
    expect(drops.map((d) => d.eventMessageId).sort()).toEqual(["b-m2", "b-m3", "b-m4", "b-m5", "b-m6", "b-m7"]);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: ws.apiKeyId } })).droppedIdentifierCount).toBe(6);
  });
});

describe("identity rules: the issue's walk-through", () => {
  it("keeps a second user's phone off the first's profile, attaches an anonymous visit by its phone, and refuses an alias between two users", async () => {
    const ws = await createIngestWorkspace();
    await sendIngest("identify", { userId: "u1", traits: { email: "e1@x.io", phone: PHONE } }, { key: ws.writeKey });
    const p1 = (await identitiesOf(ws.workspaceId)).get("userId:u1") as string;

    await sendIngest("identify", { userId: "u2", messageId: "second", traits: { email: "e2@x.io", phone: PHONE } }, { key: ws.writeKey });
    let ids = await identitiesOf(ws.workspaceId);
    const p2 = ids.get("userId:u2") as string;
    expect(p2).not.toBe(p1);
    expect((await peopleOf(ws.workspaceId)).get(p2)).toEqual(["email:e2@x.io", "userId:u2"]);

    await sendIngest("identify", { anonymousId: "a9", messageId: "anon", traits: { phone: PHONE } }, { key: ws.writeKey });
    ids = await identitiesOf(ws.workspaceId);
    expect(ids.get("anonymousId:a9")).toBe(p1);
    expect(await db.event.findFirst({ where: { workspaceId: ws.workspaceId, messageId: "anon" } })).toMatchObject({ profileId: p1 });

    await sendIngest("alias", { previousId: "u1", userId: "u2", messageId: "alias" }, { key: ws.writeKey });
    ids = await identitiesOf(ws.workspaceId);
    expect([ids.get("userId:u1"), ids.get("userId:u2")]).toEqual([p1, p2]);
    expect(await db.profileMerge.count({ where: { workspaceId: ws.workspaceId } })).toBe(0);
    expect(await db.event.findFirst({ where: { workspaceId: ws.workspaceId, messageId: "alias" } })).toMatchObject({ profileId: p2 });
    expect(await db.droppedIdentifier.findFirst({ where: { workspaceId: ws.workspaceId, eventMessageId: "alias" } })).toMatchObject({ profileId: p2, kind: "userId", value: "u1", reason: "conflict", ownerProfileId: p1 });
  });

  it("drops a sixth email at the limit, and follows the workspace's own rules (priority and limits) from the next event on", async () => {
    const ws = await createIngestWorkspace();
    for (let i = 1; i <= 6; i++) await sendIngest("identify", { userId: "many", messageId: `many-${i}`, traits: { email: `m${i}@x.io` } }, { key: ws.writeKey });
    const profileId = (await identitiesOf(ws.workspaceId)).get("userId:many") as string;
    expect(count((await peopleOf(ws.workspaceId)).get(profileId) ?? [], "email")).toBe(5);
    expect(await db.droppedIdentifier.findFirst({ where: { workspaceId: ws.workspaceId, eventMessageId: "many-6" } })).toMatchObject({
      profileId, kind: "email", value: "m6@x.io", reason: "limit", ownerProfileId: null, detail: "email m6@x.io was not added: the profile already has 5 emails (limit: 5 emails per profile)",
    });

    // two user ids now allowed: a later alias merges, the earlier decisions stay as they were
    const rules: TIdentityRules = { priority: ["email", "userId", "phone", "deviceId", "anonymousId"], limits: { ...DEFAULT_IDENTITY_RULES.limits, userId: 2 } };
    await db.workspaceSettings.update({ where: { workspaceId: ws.workspaceId }, data: { identityRules: { ...rules, priority: [...rules.priority] } } });
    await sendIngest("identify", { userId: "other" }, { key: ws.writeKey });
    await sendIngest("alias", { previousId: "other", userId: "many" }, { key: ws.writeKey });
    const ids = await identitiesOf(ws.workspaceId);
    expect(ids.get("userId:other")).toBe(profileId);
    expect(ids.has("email:m6@x.io")).toBe(false);
  });

  it("moves a merged profile's dropped identifiers to the survivor", async () => {
    const ws = await createIngestWorkspace();
    await sendIngest("identify", { userId: "keeper", traits: { phone: PHONE } }, { key: ws.writeKey });
    await sendIngest("identify", { anonymousId: "visitor", messageId: "bad", traits: { email: "not an email" } }, { key: ws.writeKey });
    await sendIngest("identify", { userId: "keeper", anonymousId: "visitor", messageId: "link" }, { key: ws.writeKey });
    const ids = await identitiesOf(ws.workspaceId);
    expect(ids.get("anonymousId:visitor")).toBe(ids.get("userId:keeper"));
    expect(await db.droppedIdentifier.findMany({ where: { workspaceId: ws.workspaceId } })).toEqual([expect.objectContaining({ profileId: ids.get("userId:keeper"), eventMessageId: "bad", reason: "invalid" })]);
  });

  it("reads damaged or empty stored rules as the defaults", () => {
    expect(identityRulesFromJson({})).toEqual(DEFAULT_IDENTITY_RULES);
    expect(identityRulesFromJson("{not json")).toEqual(DEFAULT_IDENTITY_RULES);
    expect(identityRulesFromJson({ priority: ["userId"], limits: {} })).toEqual(DEFAULT_IDENTITY_RULES);
    const stored = { priority: ["phone", "userId", "email", "deviceId", "anonymousId"], limits: { userId: 2, email: 1, phone: 3, deviceId: 4, anonymousId: 5 } };
    expect(identityRulesFromJson(JSON.stringify(stored))).toEqual(stored);
  });
});

describe("identity rules under concurrency", () => {
  const shared = (i: number) => ({ userId: `c-u${i}`, anonymousId: "c-shared-anon", traits: { phone: PHONE, email: `c${i}@x.io` } });

  async function expectOneUserIdEach(workspaceId: string, users: number) {
    const people = await peopleOf(workspaceId);
    for (const keys of people.values()) expect(count(keys, "userId"), keys.join(" ")).toBeLessThanOrEqual(1);
    expect([...people.values()].filter((keys) => count(keys, "userId") === 1)).toHaveLength(users);
    expect(await db.event.count({ where: { workspaceId } })).toBe(users + 1);
  }

  it("never gives a profile two userIds when identifies sharing an anonymousId and a phone arrive at once", async () => {
    const ws = await createIngestWorkspace();
    await sendIngest("track", { anonymousId: "c-shared-anon", event: "Visited" }, { key: ws.writeKey });
    const responses = await Promise.all(Array.from({ length: 8 }, (_, i) => sendIngest("identify", shared(i), { key: ws.writeKey })));
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200));
    await expectOneUserIdEach(ws.workspaceId, 8);
    // every identify but the one that took the anonymous profile dropped the anonymousId and the phone
    expect(await db.droppedIdentifier.count({ where: { workspaceId: ws.workspaceId, reason: "conflict" } })).toBe(14);
  });

  it("holds the limits when separate transactions race (no shared queue: PostgreSQL's profile locks decide)", async () => {
    const ws = await createIngestWorkspace();
    // the anonymous visitor's profile already holds the anonymousId and the phone, so no unique
    // index serialises the racers: only counts read under the profile lock keep a second userId off it
    await sendIngest("track", { anonymousId: "c-shared-anon", event: "Visited", context: { traits: { phone: PHONE } } }, { key: ws.writeKey });
    const eventOf = (i: number) => {
      const raw = i % 2 === 0 ? { userId: `c-u${i}`, anonymousId: "c-shared-anon" } : { userId: `c-u${i}`, traits: { phone: PHONE } };
      const result = validateEvent({ type: "identify", ...raw }, null, { receivedAt: new Date(), defaultRegion: "US" });
      if (!result.ok) throw new Error(result.message);
      return result.event;
    };
    await Promise.all(Array.from({ length: 8 }, (_, i) => runWriteTransaction((tx) => writeIngestJobs(tx, [{ source: { workspaceId: ws.workspaceId, apiKeyId: null }, events: [eventOf(i)], rejected: [], receivedAt: new Date() }]))));
    await expectOneUserIdEach(ws.workspaceId, 8);
  });
});
