import type { TComparisonOperator, TComparisonValue } from "@/lib/journey/conditions/schema";
import { OPERATOR_WORDS } from "@/lib/journey/conditions/describe-condition";
import { ZDuration, type TDuration } from "@/lib/journey/duration";

/*
 * Trait comparisons and event property filters store `{ op, value }` where the value's type must
 * suit the operator (the schema refuses "age gt 'old'"). The builder asks for the value's type
 * first and offers only the operators that make sense for it, then keeps the value in step.
 */

export const VALUE_TYPES = ["text", "number", "boolean", "date"] as const;
export type TValueType = (typeof VALUE_TYPES)[number];

export const VALUE_TYPE_LABELS: Record<TValueType, string> = { text: "Text", number: "Number", boolean: "Yes/no", date: "Date" };

/** The operators offered for each value type, in menu order. */
export const OPERATORS_BY_TYPE: Record<TValueType, readonly TComparisonOperator[]> = {
  text: ["equals", "notEquals", "contains", "in", "exists", "notExists"],
  number: ["equals", "notEquals", "gt", "gte", "lt", "lte", "in", "exists", "notExists"],
  boolean: ["equals", "notEquals", "exists", "notExists"],
  date: ["after", "before", "withinLast", "exists", "notExists"],
};

/** Menu words: the same as the sentences under the builder ("is after", not "is greater than"). */
export const OPERATOR_LABELS = OPERATOR_WORDS;

const DEFAULT_WINDOW: TDuration = { amount: 7, unit: "days" };

/** The value type a stored comparison most likely has, read from its operator and value. */
export function inferValueType(op: TComparisonOperator, value: TComparisonValue | undefined): TValueType {
  if (op === "before" || op === "after" || op === "withinLast") return "date";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number" || (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "number"))) return "number";
  if (op === "gt" || op === "gte" || op === "lt" || op === "lte") return "number";
  return "text";
}

function firstScalar(value: TComparisonValue | undefined): string | number | boolean | null | undefined {
  if (Array.isArray(value)) return value[0];
  if (value !== null && typeof value === "object") return undefined;
  return value;
}

function asNumber(value: TComparisonValue | undefined): number {
  const scalar = firstScalar(value);
  const n = typeof scalar === "number" ? scalar : typeof scalar === "string" && scalar.trim() !== "" ? Number(scalar) : Number.NaN;
  return Number.isFinite(n) ? n : 0;
}

function asText(value: TComparisonValue | undefined): string {
  const scalar = firstScalar(value);
  return scalar === undefined || scalar === null ? "" : String(scalar);
}

function asList(value: TComparisonValue | undefined, type: TValueType): (string | number)[] {
  const items = Array.isArray(value) ? value : firstScalar(value) === undefined || firstScalar(value) === "" ? [] : [asText(value)];
  if (type !== "number") return items.map(String);
  return items.map((item) => Number(item)).filter((n) => Number.isFinite(n));
}

/**
 * A value that suits `op` for a `type` comparison, carried over from `previous` where it can be
 * ("42" stays 42 when the type turns to number). The result always passes the schema's check.
 */
export function coerceComparisonValue(type: TValueType, op: TComparisonOperator, previous: TComparisonValue | undefined): TComparisonValue | undefined {
  switch (op) {
    case "exists":
    case "notExists":
      return undefined;
    case "withinLast": {
      const duration = ZDuration.safeParse(previous);
      return duration.success ? duration.data : DEFAULT_WINDOW;
    }
    case "in":
      return asList(previous, type);
    case "gt":
    case "gte":
    case "lt":
    case "lte":
      return asNumber(previous);
    case "contains":
    case "before":
    case "after":
      return asText(previous);
    case "equals":
    case "notEquals":
      if (type === "number") return asNumber(previous);
      if (type === "boolean") return typeof previous === "boolean" ? previous : asText(previous) !== "false";
      return asText(previous);
  }
}

/** The comparison after picking a new value type: its first operator if the current one does not fit. */
export function withValueType(type: TValueType, op: TComparisonOperator, value: TComparisonValue | undefined): { op: TComparisonOperator; value?: TComparisonValue } {
  const ops = OPERATORS_BY_TYPE[type];
  const nextOp = ops.includes(op) ? op : (ops[0] ?? "equals");
  return withValue(nextOp, coerceComparisonValue(type, nextOp, value));
}

/** The comparison after picking a new operator, with the value kept in step. */
export function withOperator(type: TValueType, op: TComparisonOperator, value: TComparisonValue | undefined): { op: TComparisonOperator; value?: TComparisonValue } {
  return withValue(op, coerceComparisonValue(type, op, value));
}

// `value` is left out rather than set to undefined, so emitted JSON has no `"value": undefined` key.
function withValue(op: TComparisonOperator, value: TComparisonValue | undefined): { op: TComparisonOperator; value?: TComparisonValue } {
  return value === undefined ? { op } : { op, value };
}

/** "pro, team" → ["pro", "team"]; numbers for number lists, blanks dropped. */
export function parseList(text: string, type: TValueType): (string | number)[] {
  const parts = text.split(",").map((p) => p.trim()).filter((p) => p !== "");
  return type === "number" ? parts.map(Number).filter((n) => Number.isFinite(n)) : parts;
}

/**
 * Whether a stored comparison can be shown as a `type` comparison without changing it: its
 * operator is offered for the type and its value already has the type's shape.
 */
export function fitsValueType(type: TValueType, op: TComparisonOperator, value: TComparisonValue | undefined): boolean {
  if (!OPERATORS_BY_TYPE[type].includes(op)) return false;
  return JSON.stringify(coerceComparisonValue(type, op, value)) === JSON.stringify(value);
}
