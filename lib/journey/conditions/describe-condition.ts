import { CHANNEL_LABELS } from "../channels";
import { describeDuration, ZDuration } from "../duration";
import type { TComparisonOperator, TComparisonValue, TCondition, TPropertyFilter } from "./schema";

/** Lookups that turn ids into names; without them sentences fall back to the ids. */
export type TDescribeOptions = {
  nodeLabel?: (nodeId: string) => string | undefined;
  segmentName?: (segmentId: string) => string | undefined;
};

/** How each comparison reads in a sentence ("plan is pro"); the editor's operator menus use it too. */
export const OPERATOR_WORDS: Record<TComparisonOperator, string> = {
  equals: "is",
  notEquals: "is not",
  contains: "contains",
  in: "is one of",
  gt: "is greater than",
  gte: "is at least",
  lt: "is less than",
  lte: "is at most",
  exists: "is set",
  notExists: "is not set",
  before: "is before",
  after: "is after",
  withinLast: "is within the last",
};

function describeValue(value: TComparisonValue | undefined): string {
  if (value === undefined) return "";
  if (Array.isArray(value)) return value.map((item) => describeValue(item)).join(", ");
  const duration = ZDuration.safeParse(value);
  if (duration.success) return describeDuration(duration.data);
  return typeof value === "string" ? `"${value}"` : String(value);
}

function describeComparison(path: string, op: TComparisonOperator, value: TComparisonValue | undefined): string {
  const subject = path.trim() === "" ? "(no trait chosen)" : path;
  const rendered = describeValue(value);
  return [subject, OPERATOR_WORDS[op], rendered].filter((part) => part !== "").join(" ");
}

function describeFilters(filters: TPropertyFilter[] | undefined): string {
  if (filters === undefined || filters.length === 0) return "";
  return ` where ${filters.map((f) => describeComparison(f.path, f.op, f.value)).join(" and ")}`;
}

const COUNT_WORDS = { atLeast: "at least", atMost: "at most", exactly: "exactly" } as const;
const ENGAGEMENT_WORDS = {
  delivered: ["received", "did not receive"],
  opened: ["opened", "did not open"],
  clicked: ["clicked", "did not click"],
} as const;

function describeNested(condition: TCondition, options: TDescribeOptions): string {
  const sentence = describeCondition(condition, options);
  const isCompoundGroup = (condition.kind === "all" || condition.kind === "any") && condition.conditions.length > 1;
  return isCompoundGroup ? `(${sentence})` : sentence;
}

/**
 * A condition tree as an English sentence for cards, inspectors and step logs, e.g.
 * `performed "Order Completed" at least 1 time in the last 7 days`.
 */
export function describeCondition(condition: TCondition, options: TDescribeOptions = {}): string {
  switch (condition.kind) {
    case "all":
    case "any": {
      if (condition.conditions.length === 0) return condition.kind === "all" ? "always" : "never";
      const joiner = condition.kind === "all" ? " and " : " or ";
      return condition.conditions.map((child) => describeNested(child, options)).join(joiner);
    }
    case "not":
      return `not ${describeNested(condition.condition, options)}`;
    case "trait":
      return describeComparison(condition.path, condition.op, condition.value);
    case "event": {
      const name = condition.name.trim() === "" ? "(no event chosen)" : `"${condition.name}"`;
      const times = `${condition.count} ${condition.count === 1 ? "time" : "times"}`;
      const window = condition.within ? ` in the last ${describeDuration(condition.within)}` : "";
      return `performed ${name} ${COUNT_WORDS[condition.op]} ${times}${window}${describeFilters(condition.where)}`;
    }
    case "engagement": {
      const verb = ENGAGEMENT_WORDS[condition.engagement][condition.negate ? 1 : 0];
      const label = options.nodeLabel?.(condition.nodeId);
      return `${verb} the message ${label ? `"${label}"` : `from step ${condition.nodeId}`}`;
    }
    case "consent": {
      const channel = CHANNEL_LABELS[condition.channel];
      if (condition.status === "subscribed") return `is subscribed to ${channel}`;
      if (condition.status === "unsubscribed") return `is unsubscribed from ${channel}`;
      return `was never asked for ${channel} consent`;
    }
    case "segment": {
      const name = options.segmentName?.(condition.segmentId) ?? condition.segmentId;
      return `is ${condition.inSegment ? "in" : "not in"} segment "${name}"`;
    }
  }
}
