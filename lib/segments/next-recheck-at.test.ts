import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TConditionContext } from "@/lib/engine/conditions/condition-context";
import { evaluateCondition } from "@/lib/engine/conditions/evaluate-condition";
import { boundDefinition } from "./definition-facts";
import { nextRecheckAt } from "./next-recheck-at";
import { definitionArb } from "./testing/segment-fixtures";

const now = new Date("2026-06-10T12:00:00Z");
const HOUR = 3_600_000;

const contextArb: fc.Arbitrary<TConditionContext> = fc.record({
  events: fc.array(fc.record({ name: fc.constantFrom("A", "B"), v: fc.integer({ min: 0, max: 3 }), hoursAgo: fc.integer({ min: 0, max: 96 }) }), { maxLength: 6 }),
  plan: fc.constantFrom("pro", "free", undefined),
  seenHoursAgo: fc.option(fc.integer({ min: -12, max: 60 }), { nil: undefined }),
  email: fc.constantFrom("subscribed" as const, "unsubscribed" as const, undefined),
}).map(({ events, plan, seenHoursAgo, email }) => ({
  traits: { ...(plan && { plan }), ...(seenHoursAgo !== undefined && { seen_at: new Date(now.getTime() - seenHoursAgo * HOUR).toISOString() }) },
  events: events.map((e) => ({ name: e.name, properties: { v: e.v }, timestamp: new Date(now.getTime() - e.hoursAgo * HOUR) })),
  engagement: {},
  consent: email ? { email } : {},
  segments: [],
}));

describe("nextRecheckAt", () => {
  it("is never late: until the named moment the answer cannot change", () => {
    fc.assert(
      fc.property(definitionArb, contextArb, fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (raw, ctx, fraction) => {
        const definition = boundDefinition(raw);
        const recheck = nextRecheckAt(definition, ctx, now);
        const horizon = recheck ? recheck.getTime() - now.getTime() : 30 * 24 * HOUR;
        expect(horizon).toBeGreaterThan(0);
        const later = new Date(now.getTime() + Math.floor(fraction * horizon));
        expect(evaluateCondition(definition, ctx, later)).toBe(evaluateCondition(definition, ctx, now));
      }),
      { numRuns: 2_000 },
    );
  });

  it("names the moment a 1-day window lets go of the newest event", () => {
    const ctx: TConditionContext = { traits: {}, events: [{ name: "A", properties: {}, timestamp: new Date(now.getTime() - 2 * HOUR) }], engagement: {}, consent: {}, segments: [] };
    expect(nextRecheckAt({ kind: "event", name: "A", op: "atLeast", count: 1, within: { amount: 1, unit: "days" } }, ctx, now)).toEqual(new Date(now.getTime() + 22 * HOUR + 1));
    expect(nextRecheckAt({ kind: "trait", path: "plan", op: "equals", value: "pro" }, ctx, now)).toBeNull();
  });
});
