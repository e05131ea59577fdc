import { describe, expect, it } from "vitest";
import { around, step } from "../../testing/fixtures";
import { validateJourney } from "../../validate";
import { updateProfileNode } from "./index";
import { ZUpdateProfileData } from "./schema";

describe("update-profile", () => {
  it("has one handle, next", () => {
    expect(updateProfileNode.handles(updateProfileNode.defaultData()).map((h) => h.id)).toEqual(["next"]);
  });

  it("ties the value's type to the operation", () => {
    expect(ZUpdateProfileData.safeParse({ assignments: [{ trait: "visits", op: "increment", value: 1 }] }).success).toBe(true);
    expect(ZUpdateProfileData.safeParse({ assignments: [{ trait: "visits", op: "increment", value: "1" }] }).success).toBe(false);
    expect(ZUpdateProfileData.safeParse({ assignments: [{ trait: "plan", op: "unset" }] }).success).toBe(true);
    expect(ZUpdateProfileData.safeParse({ assignments: [{ trait: "plan", op: "unset", value: "x" }] }).success).toBe(false);
    expect(ZUpdateProfileData.safeParse({ assignments: [{ trait: "plan", op: "set" }] }).success).toBe(false);
  });

  it("needs every change to name a trait", () => {
    const codes = (trait: string) => validateJourney(around(step("u", "updateProfile", { assignments: [{ trait, op: "set", value: "x" }] }), ["next"])).map((i) => i.code);
    expect(codes("")).toEqual(["update-profile-trait-missing"]);
    expect(codes("plan")).toEqual([]);
  });

  it("summarizes the changes", () => {
    expect(
      updateProfileNode.summarize({
        assignments: [
          { trait: "plan", op: "set", value: "pro" },
          { trait: "nudges", op: "increment", value: 1 },
          { trait: "coupon", op: "unset" },
        ],
      }),
    ).toBe('Set plan = "pro", Increment nudges by 1, Clear coupon');
  });
});
