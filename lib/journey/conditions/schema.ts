import { z } from "zod";
import { ZChannel } from "../channels";
import { ZDuration } from "../duration";

/** Comparisons shared by trait conditions and event property filters. */
export const COMPARISON_OPERATORS = [
  "equals",
  "notEquals",
  "contains",
  "in",
  "gt",
  "gte",
  "lt",
  "lte",
  "exists",
  "notExists",
  "before",
  "after",
  "withinLast",
] as const;
export const ZComparisonOperator = z.enum(COMPARISON_OPERATORS);
export type TComparisonOperator = z.infer<typeof ZComparisonOperator>;

const ZScalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const ZComparisonValue = z.union([ZScalar, z.array(z.union([z.string(), z.number()])), ZDuration]);
export type TComparisonValue = z.infer<typeof ZComparisonValue>;

type TComparisonShape = { op: TComparisonOperator; value?: TComparisonValue | undefined };

/** Which value each operator needs; `undefined` means the operator takes no value. */
const VALUE_KIND: Record<TComparisonOperator, "scalar" | "string" | "number" | "list" | "duration" | undefined> = {
  equals: "scalar",
  notEquals: "scalar",
  contains: "string",
  in: "list",
  gt: "number",
  gte: "number",
  lt: "number",
  lte: "number",
  exists: undefined,
  notExists: undefined,
  before: "string",
  after: "string",
  withinLast: "duration",
};

function valueMatches(kind: (typeof VALUE_KIND)[TComparisonOperator], value: unknown): boolean {
  switch (kind) {
    case undefined:
      return value === undefined;
    case "scalar":
      return value === null || ["string", "number", "boolean"].includes(typeof value);
    case "string":
      return typeof value === "string";
    case "number":
      return typeof value === "number";
    case "list":
      return Array.isArray(value);
    case "duration":
      return ZDuration.safeParse(value).success;
  }
}

const VALUE_HINT: Record<NonNullable<(typeof VALUE_KIND)[TComparisonOperator]>, string> = {
  scalar: "a text, number, true/false or null value",
  string: "a text value",
  number: "a number",
  list: "a list of values",
  duration: "a duration such as { amount: 7, unit: \"days\" }",
};

/**
 * The engine evaluates comparisons without guessing, so the value's type is part of the schema
 * (structure), while emptiness (a blank text, an empty list) is left to validation: drafts save.
 */
function refineComparison(cmp: TComparisonShape, ctx: z.core.$RefinementCtx<TComparisonShape>): void {
  const kind = VALUE_KIND[cmp.op];
  if (valueMatches(kind, cmp.value)) return;
  ctx.addIssue({
    code: "custom",
    path: ["value"],
    message: kind === undefined ? `"${cmp.op}" takes no value` : `"${cmp.op}" needs ${VALUE_HINT[kind]}`,
  });
}

/** `{ path, op, value }` filter on an event's properties ("total gt 50"). */
export const ZPropertyFilter = z
  .object({ path: z.string(), op: ZComparisonOperator, value: ZComparisonValue.optional() })
  .superRefine(refineComparison);
export type TPropertyFilter = z.infer<typeof ZPropertyFilter>;

/**
 * A profile trait compared with a value: `plan equals "pro"`, `signed_up_at withinLast 7 days`.
 * `path` is dotted (`address.city`). Inside the filters of a trigger or a wait-for-event, a path
 * starting with `event.` reads the event being matched (`event.properties.total`); every other
 * path reads the profile's traits.
 */
export const ZTraitCondition = z
  .object({ kind: z.literal("trait"), path: z.string(), op: ZComparisonOperator, value: ZComparisonValue.optional() })
  .superRefine(refineComparison);
export type TTraitCondition = z.infer<typeof ZTraitCondition>;

export const EVENT_COUNT_OPERATORS = ["atLeast", "atMost", "exactly"] as const;

/** How many times the profile performed an event, optionally in a window and matching property filters. */
export const ZEventCondition = z.object({
  kind: z.literal("event"),
  name: z.string(),
  op: z.enum(EVENT_COUNT_OPERATORS),
  count: z.number().int().nonnegative(),
  within: ZDuration.optional(),
  where: z.array(ZPropertyFilter).optional(),
});
export type TEventCondition = z.infer<typeof ZEventCondition>;

export const ENGAGEMENTS = ["delivered", "opened", "clicked"] as const;

/** Engagement with the message an earlier message node sent on this enrollment. */
export const ZEngagementCondition = z.object({
  kind: z.literal("engagement"),
  nodeId: z.string(),
  engagement: z.enum(ENGAGEMENTS),
  negate: z.boolean().optional(),
});
export type TEngagementCondition = z.infer<typeof ZEngagementCondition>;

export const CONSENT_STATUSES = ["subscribed", "unsubscribed", "neverAsked"] as const;

export const ZConsentCondition = z.object({
  kind: z.literal("consent"),
  channel: ZChannel,
  status: z.enum(CONSENT_STATUSES),
});
export type TConsentCondition = z.infer<typeof ZConsentCondition>;

export const ZSegmentCondition = z.object({
  kind: z.literal("segment"),
  segmentId: z.string(),
  inSegment: z.boolean(),
});
export type TSegmentCondition = z.infer<typeof ZSegmentCondition>;

/** `all` = every child matches (an empty group always matches); `any` = at least one does. */
export const ZConditionGroup = z.object({
  kind: z.enum(["all", "any"]),
  get conditions(): z.ZodArray<typeof ZCondition> {
    return z.array(ZCondition);
  },
});
export type TConditionGroup = z.infer<typeof ZConditionGroup>;

export const ZNotCondition = z.object({
  kind: z.literal("not"),
  get condition(): typeof ZCondition {
    return ZCondition;
  },
});
export type TNotCondition = z.infer<typeof ZNotCondition>;

/**
 * The one condition tree of Waymark: trigger filters, branch paths, suppress rules, goals, exit
 * criteria and segment definitions all store this shape, and the engine evaluates only this.
 */
export const ZCondition = z.discriminatedUnion("kind", [
  ZConditionGroup,
  ZNotCondition,
  ZTraitCondition,
  ZEventCondition,
  ZEngagementCondition,
  ZConsentCondition,
  ZSegmentCondition,
]);
export type TCondition = z.infer<typeof ZCondition>;
