import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ASSIGNMENT_OPS, ZTraitAssignment, type TTraitAssignment } from "@/lib/journey/nodes/update-profile/schema";
import { ASSIGNMENT_VALUE_TYPES, withAssignmentOp, withAssignmentValueType } from "./trait-assignment";

describe("trait assignments", () => {
  it("fits the value to the operation", () => {
    expect(withAssignmentOp({ trait: "plan", op: "set", value: "pro" }, "unset")).toEqual({ trait: "plan", op: "unset" });
    expect(withAssignmentOp({ trait: "n", op: "set", value: "x" }, "increment")).toEqual({ trait: "n", op: "increment", value: 1 });
    expect(withAssignmentOp({ trait: "n", op: "unset" }, "append")).toEqual({ trait: "n", op: "append", value: "" });
  });

  it("converts the value to the chosen type", () => {
    expect(withAssignmentValueType({ trait: "n", op: "set", value: "3" }, "number").value).toBe(3);
    expect(withAssignmentValueType({ trait: "n", op: "set", value: "abc" }, "number").value).toBe(0);
    expect(withAssignmentValueType({ trait: "n", op: "set", value: 1 }, "boolean").value).toBe(true);
    expect(withAssignmentValueType({ trait: "n", op: "set", value: "no" }, "boolean").value).toBe(false);
    expect(withAssignmentValueType({ trait: "n", op: "set", value: true }, "string").value).toBe("true");
  });

  it("any sequence of operation and type changes keeps the assignment valid", () => {
    const start: TTraitAssignment = { trait: "t", op: "set", value: "" };
    const step = fc.oneof(fc.constantFrom(...ASSIGNMENT_OPS).map((op) => ({ op })), fc.constantFrom(...ASSIGNMENT_VALUE_TYPES).map((type) => ({ type })));
    fc.assert(
      fc.property(fc.array(step, { maxLength: 8 }), (steps) => {
        let current = start;
        for (const s of steps) {
          current = "op" in s ? withAssignmentOp(current, s.op) : withAssignmentValueType(current, s.type);
          expect(ZTraitAssignment.safeParse(current).success).toBe(true);
        }
      }),
    );
  });
});
