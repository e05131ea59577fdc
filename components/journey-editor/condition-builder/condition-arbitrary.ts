import fc from "fast-check";
import { CHANNELS } from "@/lib/journey/channels";
import { COMPARISON_OPERATORS, CONSENT_STATUSES, ENGAGEMENTS, EVENT_COUNT_OPERATORS, type TComparisonOperator, type TComparisonValue, type TCondition } from "@/lib/journey/conditions/schema";
import { DURATION_UNITS } from "@/lib/journey/duration";

/** Test-only generators of schema-valid condition trees (every kind, nested up to a few levels). */

export const durationArbitrary = fc.record({ amount: fc.integer({ min: 1, max: 500 }), unit: fc.constantFrom(...DURATION_UNITS) });

const scalarArbitrary = fc.oneof(fc.string({ maxLength: 8 }), fc.integer({ min: -1000, max: 1000 }), fc.boolean(), fc.constant(null));

/** A value that suits `op`, as the schema's refinement demands. */
export function valueFor(op: TComparisonOperator): fc.Arbitrary<TComparisonValue | undefined> {
  switch (op) {
    case "exists":
    case "notExists":
      return fc.constant(undefined);
    case "equals":
    case "notEquals":
      return scalarArbitrary;
    case "contains":
    case "before":
    case "after":
      return fc.string({ maxLength: 10 });
    case "in":
      return fc.oneof(fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }), fc.array(fc.integer(), { maxLength: 3 }));
    case "gt":
    case "gte":
    case "lt":
    case "lte":
      return fc.integer({ min: -1000, max: 1000 });
    case "withinLast":
      return durationArbitrary;
  }
}

export const comparisonArbitrary = fc
  .constantFrom(...COMPARISON_OPERATORS)
  .chain((op) => valueFor(op).map((value) => (value === undefined ? { op } : { op, value })));

const leafArbitrary: fc.Arbitrary<TCondition> = fc.oneof(
  fc.tuple(fc.string({ maxLength: 8 }), comparisonArbitrary).map(([path, cmp]): TCondition => ({ kind: "trait", path, ...cmp })),
  fc
    .record({
      name: fc.string({ maxLength: 8 }),
      op: fc.constantFrom(...EVENT_COUNT_OPERATORS),
      count: fc.nat({ max: 20 }),
      within: fc.option(durationArbitrary, { nil: undefined }),
      where: fc.option(fc.array(fc.tuple(fc.string({ maxLength: 6 }), comparisonArbitrary).map(([path, cmp]) => ({ path, ...cmp })), { maxLength: 2 }), { nil: undefined }),
    })
    .map(({ within, where, ...rest }): TCondition => ({ kind: "event", ...rest, ...(within ? { within } : {}), ...(where ? { where } : {}) })),
  fc.record({ nodeId: fc.string({ maxLength: 6 }), engagement: fc.constantFrom(...ENGAGEMENTS), negate: fc.boolean() }).map((c): TCondition => ({ kind: "engagement", ...c })),
  fc.record({ channel: fc.constantFrom(...CHANNELS), status: fc.constantFrom(...CONSENT_STATUSES) }).map((c): TCondition => ({ kind: "consent", ...c })),
  fc.record({ segmentId: fc.string({ maxLength: 6 }), inSegment: fc.boolean() }).map((c): TCondition => ({ kind: "segment", ...c })),
);

export const conditionArbitrary: fc.Arbitrary<TCondition> = fc.letrec<{ tree: TCondition }>((tie) => ({
  tree: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leafArbitrary,
    fc.record({ kind: fc.constantFrom("all" as const, "any" as const), conditions: fc.array(tie("tree"), { maxLength: 3 }) }),
    tie("tree").map((condition): TCondition => ({ kind: "not", condition })),
  ),
})).tree;
