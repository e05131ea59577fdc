import { describe, expect, it } from "vitest";
import { createRandom } from "./random";

describe("createRandom", () => {
  it("repeats itself for the same seed and differs for another", () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it("keeps integers within both bounds and reaches each", () => {
    const random = createRandom(1);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it("follows the weights and never picks a zero-weight choice", () => {
    const random = createRandom(2);
    const picks = Array.from({ length: 4000 }, () => random.weighted([["a", 3], ["b", 1], ["never", 0]] as const));
    expect(picks).not.toContain("never");
    expect(picks.filter((p) => p === "a").length / picks.length).toBeCloseTo(0.75, 1);
  });

  it("draws version-4-shaped uuids", () => {
    expect(createRandom(5).uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
