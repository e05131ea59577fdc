import { describe, expect, it } from "vitest";
import { applyTraitAssignments } from "../../../engine/apply-trait-assignments";
import { at, effectsOf, enrolAndStep, makeContext, makeVersion } from "../../../engine/testing/engine-fixtures";
import { exit, link, step as node } from "../../testing/fixtures";

const version = makeVersion({
  nodes: [
    node("trigger", "trigger", { source: { kind: "api" }, reentry: "never" }),
    node("tag", "updateProfile", { assignments: [{ trait: "stage", op: "set", value: "nudged" }, { trait: "nudges", op: "increment", value: 1 }, { trait: "", op: "unset" }] }),
    node("check", "branch", { paths: [{ id: "nudged", label: "Nudged", condition: { kind: "trait", path: "stage", op: "equals", value: "nudged" } }] }),
    exit("x-nudged", "Saw the new trait"),
    exit("x-else", "Saw the old trait"),
  ],
  edges: [link("trigger", "next", "tag"), link("tag", "next", "check"), link("check", "nudged", "x-nudged"), link("check", "else", "x-else")],
});

describe("update-profile (engine)", () => {
  it("asks the runner to apply the assignments, skipping blank ones", () => {
    const result = enrolAndStep(version, makeContext({ profile: { traits: { nudges: 2 } } }), at("2024-06-03T10:00:00Z"));
    expect(effectsOf(result.effects, "updateProfile")).toEqual([
      { type: "updateProfile", nodeId: "tag", assignments: [{ trait: "stage", op: "set", value: "nudged" }, { trait: "nudges", op: "increment", value: 1 }] },
    ]);
  });

  it("lets later steps of the same run see the new traits", () => {
    const result = enrolAndStep(version, makeContext(), at("2024-06-03T10:00:00Z"));
    expect(result.enrollment.exitReason).toBe("Saw the new trait");
  });
});

describe("applyTraitAssignments", () => {
  it("sets, clears, increments and appends, leaving the input untouched", () => {
    const traits = Object.freeze({ plan: "free", visits: 2, tags: ["a"], note: "x" });
    const next = applyTraitAssignments(traits, [
      { trait: "plan", op: "set", value: "pro" },
      { trait: "note", op: "unset" },
      { trait: "visits", op: "increment", value: 3 },
      { trait: "logins", op: "increment", value: 1 },
      { trait: "tags", op: "append", value: "b" },
      { trait: "badges", op: "append", value: "first" },
    ]);
    expect(next).toEqual({ plan: "pro", visits: 5, logins: 1, tags: ["a", "b"], badges: ["first"] });
    expect(traits).toEqual({ plan: "free", visits: 2, tags: ["a"], note: "x" });
  });
});
