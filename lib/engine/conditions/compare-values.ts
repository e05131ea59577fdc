import { durationToMs, ZDuration } from "../../journey/duration";
import type { TComparisonOperator, TComparisonValue } from "../../journey/conditions/schema";
import { assertNever } from "../assert-never";

/** A number from a number or a numeric string ("42"); anything else is not a number. */
function toNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && value.trim() !== "") {
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** An instant from a Date, an ISO string or epoch milliseconds. */
export function toTime(value: unknown): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && value.trim() !== "") {
    const t = Date.parse(value);
    return Number.isNaN(t) ? undefined : t;
  }
  return undefined;
}

/**
 * Equality as marketers mean it: same type and value, or a number and its numeric string
 * (traits arrive as JSON from many SDKs), or a boolean and "true"/"false". Null matches a
 * missing value.
 */
function looseEquals(actual: unknown, expected: unknown): boolean {
  if (expected === null) return actual === null || actual === undefined;
  if (typeof actual === typeof expected) return actual === expected;
  if (typeof actual === "number" || typeof expected === "number") {
    const a = toNumber(actual);
    const b = toNumber(expected);
    return a !== undefined && a === b;
  }
  if (typeof actual === "boolean" || typeof expected === "boolean") return String(actual) === String(expected);
  return false;
}

function equalsAny(actual: unknown, expected: unknown): boolean {
  return Array.isArray(actual) ? actual.some((item) => looseEquals(item, expected)) : looseEquals(actual, expected);
}

function compareNumbers(actual: unknown, expected: unknown, test: (a: number, b: number) => boolean): boolean {
  const a = toNumber(actual);
  const b = toNumber(expected);
  return a !== undefined && b !== undefined && test(a, b);
}

function compareTimes(actual: unknown, expected: unknown, test: (a: number, b: number) => boolean): boolean {
  const a = toTime(actual);
  const b = toTime(expected);
  return a !== undefined && b !== undefined && test(a, b);
}

/**
 * `actual op value`, e.g. a trait or an event property against a condition's value. Values of the
 * wrong kind never match (a text is not "greater than 5"); the schema already ties each operator
 * to its value type. Array traits match `equals`/`contains`/`in` when any element does.
 */
export function compareValues(actual: unknown, op: TComparisonOperator, value: TComparisonValue | undefined, now: Date): boolean {
  switch (op) {
    case "equals":
      return equalsAny(actual, value ?? null);
    case "notEquals":
      return !equalsAny(actual, value ?? null);
    case "contains":
      if (Array.isArray(actual)) return actual.some((item) => looseEquals(item, value));
      return typeof actual === "string" && typeof value === "string" && actual.includes(value);
    case "in": {
      const list: readonly unknown[] = Array.isArray(value) ? value : [];
      return list.some((item) => equalsAny(actual, item));
    }
    case "gt":
      return compareNumbers(actual, value, (a, b) => a > b);
    case "gte":
      return compareNumbers(actual, value, (a, b) => a >= b);
    case "lt":
      return compareNumbers(actual, value, (a, b) => a < b);
    case "lte":
      return compareNumbers(actual, value, (a, b) => a <= b);
    case "exists":
      return actual !== undefined && actual !== null;
    case "notExists":
      return actual === undefined || actual === null;
    case "before":
      return compareTimes(actual, value, (a, b) => a < b);
    case "after":
      return compareTimes(actual, value, (a, b) => a > b);
    case "withinLast": {
      const duration = ZDuration.safeParse(value);
      const at = toTime(actual);
      if (!duration.success || at === undefined) return false;
      return at <= now.getTime() && at >= now.getTime() - durationToMs(duration.data);
    }
    default:
      return assertNever(op, "comparison operator");
  }
}
