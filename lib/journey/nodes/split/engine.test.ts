import { describe, expect, it } from "vitest";
import { stableBucket } from "../../../engine/stable-bucket";
import { step } from "../../../engine/step";
import { at, enrol, logLines, makeContext, makeVersion } from "../../../engine/testing/engine-fixtures";
import type { TJourneyGraph } from "../../graph";
import { exit, link, step as node } from "../../testing/fixtures";
import type { TSplitData } from "./schema";

function splitJourney(data: TSplitData): TJourneyGraph {
  return {
    nodes: [node("trigger", "trigger", { source: { kind: "api" }, reentry: "always" }), node("split", "split", data), ...data.variants.map((v) => exit(`x-${v.id}`, v.label))],
    edges: [link("trigger", "next", "split"), ...data.variants.map((v) => link("split", v.id, `x-${v.id}`))],
  };
}
const abTest: TSplitData = { variants: [{ id: "a", label: "Variant A", percent: 45 }, { id: "b", label: "Variant B", percent: 45 }], holdoutPercent: 10 };
const t0 = at("2024-06-03T10:00:00Z");
const outcomeFor = (version: ReturnType<typeof makeVersion>, profileId: string) => step(version, enrol(version, t0, undefined, profileId), makeContext({ profile: { id: profileId } }), t0);

describe("split (engine)", () => {
  it("puts a profile in the same variant every time (sticky by profile and node)", () => {
    const version = makeVersion(splitJourney(abTest));
    const ids = Array.from({ length: 50 }, (_, i) => `profile-${i}`);
    const first = ids.map((id) => outcomeFor(version, id).enrollment.exitReason);
    const again = ids.map((id) => outcomeFor(version, id).enrollment.exitReason);
    expect(again).toEqual(first);
    expect(new Set(first)).toEqual(new Set(["Variant A", "Variant B", "holdout"]));
  });

  it("remembers the assignment and says it is sticky when the profile comes back", () => {
    const version = makeVersion(splitJourney({ variants: [{ id: "a", label: "A", percent: 50 }, { id: "b", label: "B", percent: 50 }] }));
    const remembered = { ...enrol(version, t0), memory: { visits: {}, splits: { split: "b" }, sends: {} } };
    const result = step(version, remembered, makeContext(), t0);
    expect(logLines(result.effects)).toContain("split: assigned (variant B (sticky))");
    expect(result.enrollment.memory.splits).toEqual({ split: "b" });
  });

  it("exits held-out profiles with reason holdout, logged for lift", () => {
    const version = makeVersion(splitJourney({ variants: [{ id: "a", label: "A", percent: 0 }], holdoutPercent: 100 }));
    const result = outcomeFor(version, "p-9");
    expect(result.enrollment).toMatchObject({ state: "exited", exitReason: "holdout", memory: { splits: { split: "holdout" } } });
    expect(logLines(result.effects)).toContain("split: holdout (holdout)");
    expect(result.effects).toContainEqual({ type: "exit", nodeId: "split", state: "exited", reason: "holdout" });
  });

  it("spreads 10,000 profiles over 45/45/10 within 2 points", () => {
    const version = makeVersion(splitJourney(abTest));
    const counts = new Map<string, number>();
    for (let i = 0; i < 10_000; i++) {
      const reason = outcomeFor(version, `user_${i}`).enrollment.exitReason ?? "";
      counts.set(reason, (counts.get(reason) ?? 0) + 1);
    }
    expect(Math.abs((counts.get("Variant A") ?? 0) / 100 - 45)).toBeLessThanOrEqual(2);
    expect(Math.abs((counts.get("Variant B") ?? 0) / 100 - 45)).toBeLessThanOrEqual(2);
    expect(Math.abs((counts.get("holdout") ?? 0) / 100 - 10)).toBeLessThanOrEqual(2);
  });
});

describe("stableBucket", () => {
  it("is fixed by its key and spread evenly over [0, 1) even for near-identical keys", () => {
    expect(stableBucket("p-1:split")).toBe(stableBucket("p-1:split"));
    expect(stableBucket("p-1:split")).not.toBe(stableBucket("p-2:split"));
    const deciles = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i++) {
      const bucket = stableBucket(`${i}:n1`);
      expect(bucket).toBeGreaterThanOrEqual(0);
      expect(bucket).toBeLessThan(1);
      deciles[Math.floor(bucket * 10)]! += 1;
    }
    for (const count of deciles) expect(Math.abs(count - 1000)).toBeLessThanOrEqual(200);
  });
});
