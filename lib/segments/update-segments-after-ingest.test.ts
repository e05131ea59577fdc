import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createIngestWorkspace, sendIngest } from "@/lib/profiles/testing/ingest-fixtures";
import { forgetProfileMemberships } from "./forget-profile-memberships";
import { createComputedSegment, memberIds, replayChangeLog } from "./testing/segment-fixtures";

async function profileOf(workspaceId: string, userId: string): Promise<string> {
  const identity = await db.identity.findFirstOrThrow({ where: { workspaceId, kind: "userId", value: userId } });
  return identity.profileId;
}

describe("ingested events keep segments current", () => {
  it("follows identify traits and consent, and track events, in the same request", async () => {
    const ws = await createIngestWorkspace();
    const pros = await createComputedSegment(db, ws.workspaceId, "Pros", { kind: "trait", path: "plan", op: "equals", value: "pro" });
    const reachable = await createComputedSegment(db, ws.workspaceId, "Reachable", { kind: "consent", channel: "email", status: "subscribed" });
    const buyers = await createComputedSegment(db, ws.workspaceId, "Buyers", { kind: "event", name: "Order Completed", op: "atLeast", count: 1, within: { amount: 30, unit: "days" } });

    await sendIngest("identify", { userId: "ada", traits: { plan: "pro", consent: { email: "subscribed" } } }, { key: ws.writeKey });
    const ada = await profileOf(ws.workspaceId, "ada");
    expect(await memberIds(db, pros)).toEqual([ada]);
    expect(await memberIds(db, reachable)).toEqual([ada]);
    expect(await memberIds(db, buyers)).toEqual([]);

    await sendIngest("track", { userId: "ada", event: "Order Completed", properties: { total: 30 } }, { key: ws.writeKey });
    expect(await memberIds(db, buyers)).toEqual([ada]);
    await sendIngest("identify", { userId: "ada", traits: { plan: "free" } }, { key: ws.writeKey });
    expect(await memberIds(db, pros)).toEqual([]);
    expect(await db.segmentMembershipChange.findMany({ where: { segmentId: pros }, orderBy: { at: "asc" }, select: { change: true } })).toEqual([{ change: "entered" }, { change: "exited" }]);
    expect((await db.segment.findUniqueOrThrow({ where: { id: buyers } })).memberCount).toBe(1);
  });

  it("keeps memberCount and the change log true when two members merge into one", async () => {
    const ws = await createIngestWorkspace();
    const buyers = await createComputedSegment(db, ws.workspaceId, "Buyers", { kind: "event", name: "Order Completed", op: "atLeast", count: 1 });
    await sendIngest("track", { userId: "u-1", event: "Order Completed" }, { key: ws.writeKey });
    await sendIngest("track", { anonymousId: "anon-1", event: "Order Completed" }, { key: ws.writeKey });
    await sendIngest("track", { anonymousId: "anon-2", event: "Order Completed" }, { key: ws.writeKey });
    expect((await db.segment.findUniqueOrThrow({ where: { id: buyers } })).memberCount).toBe(3);
    // One person after all: the three profiles become one.
    await sendIngest("identify", { userId: "u-1", anonymousId: "anon-1" }, { key: ws.writeKey });
    await sendIngest("alias", { userId: "u-1", previousId: "anon-2" }, { key: ws.writeKey });
    const survivor = await profileOf(ws.workspaceId, "u-1");
    expect(await db.profile.count({ where: { workspaceId: ws.workspaceId } })).toBe(1);
    expect(await memberIds(db, buyers)).toEqual([survivor]);
    expect((await db.segment.findUniqueOrThrow({ where: { id: buyers } })).memberCount).toBe(1);
    expect(await replayChangeLog(db, buyers)).toEqual([survivor]);
  });
});

describe("concurrent updates", () => {
  it("keep memberCount equal to the rows and the log equal to the members", async () => {
    const ws = await createIngestWorkspace();
    const buyers = await createComputedSegment(db, ws.workspaceId, "Buyers", { kind: "event", name: "Order Completed", op: "atLeast", count: 2 });
    const users = Array.from({ length: 6 }, (_, i) => `c-${i}`);
    // Many requests at once, several per customer: the second order of each makes them enter.
    await Promise.all(users.flatMap((userId) => [1, 2, 3].map((n) => sendIngest("track", { userId, event: "Order Completed", messageId: `${userId}-${n}` }, { key: ws.writeKey }))));
    const members = await memberIds(db, buyers);
    expect(members).toHaveLength(6);
    expect((await db.segment.findUniqueOrThrow({ where: { id: buyers } })).memberCount).toBe(6);
    expect(await replayChangeLog(db, buyers)).toEqual(members);
  });

  it("takes a deleted profile off the count and the log", async () => {
    const ws = await createIngestWorkspace();
    const buyers = await createComputedSegment(db, ws.workspaceId, "Buyers", { kind: "event", name: "Order Completed", op: "atLeast", count: 1 });
    await sendIngest("track", { userId: "gone", event: "Order Completed" }, { key: ws.writeKey });
    const id = await profileOf(ws.workspaceId, "gone");
    await db.$transaction(async (tx) => {
      expect(await forgetProfileMemberships(tx, ws.workspaceId, id, new Date())).toBe(1);
      await tx.profile.delete({ where: { id } });
    });
    expect((await db.segment.findUniqueOrThrow({ where: { id: buyers } })).memberCount).toBe(0);
    expect(await replayChangeLog(db, buyers)).toEqual([]);
  });
});
