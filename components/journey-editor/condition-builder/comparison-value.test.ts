import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ZTraitCondition } from "@/lib/journey/conditions/schema";
import { comparisonArbitrary } from "./condition-arbitrary";
import { coerceComparisonValue, fitsValueType, inferValueType, OPERATORS_BY_TYPE, parseList, VALUE_TYPES, withOperator, withValueType } from "./comparison-value";

describe("comparison values", () => {
  it("infers the value type from the operator and value", () => {
    expect(inferValueType("withinLast", { amount: 7, unit: "days" })).toBe("date");
    expect(inferValueType("equals", true)).toBe("boolean");
    expect(inferValueType("in", [1, 2])).toBe("number");
    expect(inferValueType("gt", 3)).toBe("number");
    expect(inferValueType("equals", "pro")).toBe("text");
    expect(inferValueType("exists", undefined)).toBe("text");
  });

  it("carries the value over when the type or operator changes", () => {
    expect(withValueType("number", "equals", "42")).toEqual({ op: "equals", value: 42 });
    expect(withValueType("date", "equals", "pro")).toEqual({ op: "after", value: "pro" });
    expect(withOperator("text", "in", "pro")).toEqual({ op: "in", value: ["pro"] });
    expect(withOperator("text", "exists", "pro")).toEqual({ op: "exists" });
    expect(withOperator("date", "withinLast", "2025-01-01")).toEqual({ op: "withinLast", value: { amount: 7, unit: "days" } });
  });

  it("reads comma-separated lists, as numbers for number comparisons", () => {
    expect(parseList("pro, team, ", "text")).toEqual(["pro", "team"]);
    expect(parseList("1, x, 3", "number")).toEqual([1, 3]);
  });

  it("knows when a stored comparison already has a type's shape", () => {
    expect(fitsValueType("number", "in", [])).toBe(true);
    expect(fitsValueType("text", "equals", 5)).toBe(false);
    expect(fitsValueType("date", "exists", undefined)).toBe(true);
  });

  it("always yields a comparison the schema accepts, whatever came before", () => {
    fc.assert(
      fc.property(comparisonArbitrary, fc.constantFrom(...VALUE_TYPES), fc.nat(), (previous, type, pick) => {
        const ops = OPERATORS_BY_TYPE[type];
        const op = ops[pick % ops.length] ?? "equals";
        for (const next of [withValueType(type, previous.op, previous.value), withOperator(type, op, previous.value)]) {
          expect(ZTraitCondition.safeParse({ kind: "trait", path: "p", ...next }).success).toBe(true);
        }
        expect(fitsValueType(type, op, coerceComparisonValue(type, op, previous.value))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
