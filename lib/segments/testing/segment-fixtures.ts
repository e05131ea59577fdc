import fc from "fast-check";
import type { Db } from "../../db/client";
import { asJson } from "../../db/json";
import type { TCondition } from "../../journey/conditions/schema";
import { startSegmentRecompute } from "../start-segment-recompute";

/** A segment row with its first recompute finished, as creating one through the API leaves it. */
export async function createComputedSegment(db: Db, workspaceId: string, name: string, definition: TCondition, now = new Date()): Promise<string> {
  const { id } = await db.segment.create({ data: { workspaceId, name, definition: asJson(definition) }, select: { id: true } });
  const { done } = await startSegmentRecompute(db, workspaceId, id, { now: () => now });
  const job = await done;
  if (job.status !== "succeeded") throw new Error(`recompute failed: ${job.error}`);
  return id;
}

/** Ids of the live members of a segment, sorted. */
export async function memberIds(db: Db, segmentId: string): Promise<string[]> {
  const rows = await db.segmentMembership.findMany({ where: { segmentId, exitedAt: null }, select: { profileId: true } });
  return rows.map((r) => r.profileId).sort();
}

/** The member set the change log describes: replayed in order, entries add, exits remove. */
export async function replayChangeLog(db: Db, segmentId: string): Promise<string[]> {
  const changes = await db.segmentMembershipChange.findMany({ where: { segmentId }, orderBy: [{ at: "asc" }] });
  const members = new Set<string>();
  for (const c of changes) {
    if (c.change === "entered") members.add(c.profileId);
    else members.delete(c.profileId);
  }
  return [...members].sort();
}

const DAY = 86_400_000;
const windowArb = fc.option(fc.record({ amount: fc.integer({ min: 1, max: 3 }), unit: fc.constant("days" as const) }), { nil: undefined });

/** Leaves over a small vocabulary (traits plan/score/seen_at, events A/B with a property v, consent), so random data hits them. */
const leafArb: fc.Arbitrary<TCondition> = fc.oneof(
  fc.constantFrom<TCondition>(
    { kind: "trait", path: "plan", op: "equals", value: "pro" },
    { kind: "trait", path: "plan", op: "in", value: ["pro", "team"] },
    { kind: "trait", path: "score", op: "gte", value: 2 },
    { kind: "trait", path: "score", op: "exists" },
    { kind: "trait", path: "seen_at", op: "withinLast", value: { amount: 1, unit: "days" } },
    { kind: "consent", channel: "email", status: "subscribed" },
    { kind: "consent", channel: "sms", status: "neverAsked" },
    { kind: "consent", channel: "email", status: "unsubscribed" },
  ),
  fc
    .record({ name: fc.constantFrom("A", "B"), op: fc.constantFrom("atLeast" as const, "atMost" as const, "exactly" as const), count: fc.integer({ min: 0, max: 2 }), within: windowArb, filtered: fc.boolean() })
    .map(({ name, op, count, within, filtered }): TCondition => ({ kind: "event", name, op, count, ...(within ? { within } : {}), ...(filtered ? { where: [{ path: "v", op: "gt", value: 1 }] } : {}) })),
);

/** Random definitions: leaves, all/any groups and negations, two levels deep. */
export const definitionArb: fc.Arbitrary<TCondition> = fc.letrec<{ node: TCondition }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leafArb,
    fc.record({ kind: fc.constantFrom("all" as const, "any" as const), conditions: fc.array(tie("node"), { maxLength: 3 }) }),
    tie("node").map((condition): TCondition => ({ kind: "not", condition })),
  ),
})).node;

/** One change to a profile, after `advanceMs` of time. */
export type TAction =
  | { kind: "event"; profile: number; name: "A" | "B"; v: number; advanceMs: number }
  | { kind: "trait"; profile: number; key: "plan" | "score" | "seen_at"; value: string | number | null; advanceMs: number }
  | { kind: "consent"; profile: number; channel: "email" | "sms"; status: "subscribed" | "unsubscribed"; advanceMs: number };

const advanceArb = fc.integer({ min: 0, max: 2 * DAY });
export const actionArb: fc.Arbitrary<TAction> = fc.oneof(
  fc.record({ kind: fc.constant("event" as const), profile: fc.nat({ max: 2 }), name: fc.constantFrom("A" as const, "B" as const), v: fc.integer({ min: 0, max: 3 }), advanceMs: advanceArb }),
  fc.record({
    kind: fc.constant("trait" as const),
    profile: fc.nat({ max: 2 }),
    key: fc.constantFrom("plan" as const, "score" as const, "seen_at" as const),
    value: fc.oneof(fc.constantFrom("pro", "free", "team"), fc.integer({ min: 0, max: 4 }), fc.constant(null)),
    advanceMs: advanceArb,
  }),
  fc.record({ kind: fc.constant("consent" as const), profile: fc.nat({ max: 2 }), channel: fc.constantFrom("email" as const, "sms" as const), status: fc.constantFrom("subscribed" as const, "unsubscribed" as const), advanceMs: advanceArb }),
);
