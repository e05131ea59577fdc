import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { asJson } from "@/lib/db/json";
import { createTestWorkspace } from "@/lib/db/testing/factories";
import type { TCondition } from "@/lib/journey/conditions/schema";
import { runRunnerPass } from "@/lib/engine/runner/run-runner-pass";
import { evaluateSegmentFor } from "./evaluate-segment-for";
import { recheckDueMemberships } from "./recheck-due-memberships";
import { actionArb, createComputedSegment, definitionArb, memberIds, replayChangeLog, type TAction } from "./testing/segment-fixtures";
import { updateSegmentMemberships } from "./update-segment-memberships";

const DAY = 86_400_000;
const START = new Date("2026-05-01T09:00:00Z");

async function apply(workspaceId: string, profileId: string, action: TAction, now: Date): Promise<void> {
  if (action.kind === "event") {
    await db.event.create({ data: { workspaceId, profileId, messageId: crypto.randomUUID(), type: "track", name: action.name, properties: { v: action.v }, timestamp: now } });
    await updateSegmentMemberships(db, { workspaceId, profileIds: [profileId], changed: { eventNames: [action.name] }, now });
  } else if (action.kind === "trait") {
    const profile = await db.profile.findUniqueOrThrow({ where: { id: profileId } });
    const traits = { ...(profile.traits as Record<string, unknown>) };
    // seen_at holds a moment: "now" minus the number of hours the value says.
    const value = action.key === "seen_at" && typeof action.value === "number" ? new Date(now.getTime() - action.value * 6 * 3_600_000).toISOString() : action.value;
    if (value === null) delete traits[action.key];
    else traits[action.key] = value;
    await db.profile.update({ where: { id: profileId }, data: { traits: asJson(traits) } });
    await updateSegmentMemberships(db, { workspaceId, profileIds: [profileId], changed: { traits: [action.key] }, now });
  } else {
    await db.consent.upsert({
      where: { profileId_channel: { profileId, channel: action.channel } },
      create: { workspaceId, profileId, channel: action.channel, status: action.status, source: "test" },
      update: { status: action.status },
    });
    await updateSegmentMemberships(db, { workspaceId, profileIds: [profileId], changed: { consent: [action.channel] }, now });
  }
}

describe("incremental segment membership", () => {
  it("ends where a from-scratch evaluation does, and the change log replays to the same members", async () => {
    await fc.assert(
      fc.asyncProperty(definitionArb, definitionArb, fc.boolean(), fc.array(actionArb, { minLength: 1, maxLength: 10 }), async (first, second, secondReadsFirst, actions) => {
        const workspace = await createTestWorkspace();
        const profiles = await Promise.all([0, 1, 2].map(() => db.profile.create({ data: { workspaceId: workspace.id, traits: {} }, select: { id: true } })));
        const profileIds = profiles.map((p) => p.id);
        const a = await createComputedSegment(db, workspace.id, "A", first, START);
        const secondDefinition: TCondition = secondReadsFirst ? { kind: "any", conditions: [second, { kind: "segment", segmentId: a, inSegment: false }] } : second;
        const b = await createComputedSegment(db, workspace.id, "B", secondDefinition, START);
        let t = START.getTime();
        for (const action of actions) {
          t += action.advanceMs + 1;
          await recheckDueMemberships(db, { now: new Date(t) });
          t += 1;
          await apply(workspace.id, profileIds[action.profile] as string, action, new Date(t));
        }
        t += DAY;
        await recheckDueMemberships(db, { now: new Date(t), limit: 10_000 });
        const fresh = await evaluateSegmentFor(db, workspace.id, [a, b], profileIds, new Date(t));
        for (const segmentId of [a, b]) {
          const expected = profileIds.filter((id) => fresh.get(id)?.get(segmentId)?.member).sort();
          expect(await memberIds(db, segmentId)).toEqual(expected);
          expect(await replayChangeLog(db, segmentId)).toEqual(expected);
          const segment = await db.segment.findUniqueOrThrow({ where: { id: segmentId } });
          expect(segment.memberCount).toBe(expected.length);
        }
      }),
      { numRuns: 20 },
    );
  }, 240_000);

  it("touches only the segments a change can affect, and only the named profiles", async () => {
    const workspace = await createTestWorkspace();
    const [ada, bob] = await Promise.all([0, 1].map(() => db.profile.create({ data: { workspaceId: workspace.id, traits: { plan: "pro" } }, select: { id: true } })));
    const buyers = await createComputedSegment(db, workspace.id, "Buyers", { kind: "event", name: "Order Completed", op: "atLeast", count: 1 }, START);
    const pros = await createComputedSegment(db, workspace.id, "Pros", { kind: "trait", path: "plan", op: "equals", value: "pro" }, START);
    const proBuyers = await createComputedSegment(db, workspace.id, "Pro buyers", { kind: "all", conditions: [{ kind: "segment", segmentId: buyers, inSegment: true }, { kind: "segment", segmentId: pros, inSegment: true }] }, START);
    const now = new Date(START.getTime() + 60_000);
    for (const p of [ada, bob]) await db.event.create({ data: { workspaceId: workspace.id, profileId: p?.id ?? "", messageId: crypto.randomUUID(), type: "track", name: "Order Completed", timestamp: now } });
    const result = await updateSegmentMemberships(db, { workspaceId: workspace.id, profileIds: [(ada?.id ?? "")], changed: { eventNames: ["Order Completed"] }, now });
    // Buyers directly, Pro buyers as its dependent; Pros reads no events.
    expect(result.segments).toBe(2);
    expect(await memberIds(db, buyers)).toEqual([(ada?.id ?? "")]);
    expect(await memberIds(db, proBuyers)).toEqual([(ada?.id ?? "")]);
    const entries = await db.segmentMembershipChange.findMany({ where: { workspaceId: workspace.id, at: now } });
    expect(entries.map((e) => [e.segmentId, e.change, e.processedAt])).toEqual(expect.arrayContaining([[buyers, "entered", null], [proBuyers, "entered", null]]));
    expect(entries).toHaveLength(2);
    const unrelated = await updateSegmentMemberships(db, { workspaceId: workspace.id, profileIds: [(bob?.id ?? "")], changed: { eventNames: ["Page Viewed"] }, now });
    expect(unrelated.segments).toBe(0);
    expect(await memberIds(db, buyers)).toEqual([(ada?.id ?? "")]);
  });
});

describe("time windows", () => {
  it("lets a member of 'viewed within 7 days' go 7 days after the last view, with no new event", async () => {
    const workspace = await createTestWorkspace();
    const profile = await db.profile.create({ data: { workspaceId: workspace.id }, select: { id: true } });
    const viewers = await createComputedSegment(db, workspace.id, "Viewers", { kind: "event", name: "Product Viewed", op: "atLeast", count: 1, within: { amount: 7, unit: "days" } }, START);
    const viewedAt = new Date(START.getTime() + DAY);
    await db.event.create({ data: { workspaceId: workspace.id, profileId: profile.id, messageId: "view-1", type: "track", name: "Product Viewed", timestamp: viewedAt } });
    await updateSegmentMemberships(db, { workspaceId: workspace.id, profileIds: [profile.id], changed: { eventNames: ["Product Viewed"] }, now: viewedAt });
    const row = await db.segmentMembership.findUniqueOrThrow({ where: { segmentId_profileId: { segmentId: viewers, profileId: profile.id } } });
    expect(row.exitedAt).toBeNull();
    expect(row.recheckAt?.getTime()).toBe(viewedAt.getTime() + 7 * DAY + 1);

    // (the recheck is workspace-wide: other tests' rows may be due too, so this row is what counts)
    await recheckDueMemberships(db, { now: new Date(viewedAt.getTime() + 7 * DAY) });
    expect(await db.segmentMembership.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ exitedAt: null, recheckAt: row.recheckAt });
    const later = new Date(viewedAt.getTime() + 7 * DAY + 1);
    expect((await recheckDueMemberships(db, { now: later })).exited).toBeGreaterThanOrEqual(1);
    const after = await db.segmentMembership.findUniqueOrThrow({ where: { id: row.id } });
    expect(after.exitedAt?.getTime()).toBe(later.getTime());
    expect(after.recheckAt).toBeNull();
    expect((await db.segment.findUniqueOrThrow({ where: { id: viewers } })).memberCount).toBe(0);
    expect(await db.segmentMembershipChange.findMany({ where: { segmentId: viewers }, orderBy: { at: "asc" }, select: { change: true } })).toEqual([{ change: "entered" }, { change: "exited" }]);
  });

  it("lets a profile enter 'no order in 60 days' when the 60 days pass", async () => {
    const workspace = await createTestWorkspace();
    const profile = await db.profile.create({ data: { workspaceId: workspace.id }, select: { id: true } });
    await db.event.create({ data: { workspaceId: workspace.id, profileId: profile.id, messageId: "order-1", type: "track", name: "Order Completed", timestamp: START } });
    const lapsed = await createComputedSegment(
      db,
      workspace.id,
      "Lapsed",
      { kind: "all", conditions: [{ kind: "event", name: "Order Completed", op: "atLeast", count: 1 }, { kind: "event", name: "Order Completed", op: "exactly", count: 0, within: { amount: 60, unit: "days" } }] },
      new Date(START.getTime() + DAY),
    );
    expect(await memberIds(db, lapsed)).toEqual([]);
    await recheckDueMemberships(db, { now: new Date(START.getTime() + 61 * DAY) });
    expect(await memberIds(db, lapsed)).toEqual([profile.id]);
    const entry = await db.segmentMembershipChange.findFirstOrThrow({ where: { segmentId: lapsed } });
    expect(entry).toMatchObject({ change: "entered", processedAt: null });
  });

  it("is rechecked by every runner pass", async () => {
    const workspace = await createTestWorkspace();
    const profile = await db.profile.create({ data: { workspaceId: workspace.id, traits: { trial_started_at: START.toISOString() } }, select: { id: true } });
    const trial = await createComputedSegment(db, workspace.id, "On trial", { kind: "trait", path: "trial_started_at", op: "withinLast", value: { amount: 14, unit: "days" } }, START);
    expect(await memberIds(db, trial)).toEqual([profile.id]);
    await runRunnerPass(db, { now: new Date(START.getTime() + 15 * DAY), workerId: "test" });
    expect(await memberIds(db, trial)).toEqual([]);
  });
});
