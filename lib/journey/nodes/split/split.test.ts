import { describe, expect, it } from "vitest";
import { around, step } from "../../testing/fixtures";
import { validateJourney } from "../../validate";
import { splitNode } from "./index";
import type { TSplitData } from "./schema";

const codes = (d: TSplitData) => validateJourney(around(step("s", "split", d), d.variants.map((v) => v.id))).map((i) => i.code);
const variants = (...percents: number[]) => percents.map((percent, i) => ({ id: `v${i}`, label: `Variant ${i}`, percent }));

describe("split", () => {
  it("has one handle per variant and none for the holdout", () => {
    expect(splitNode.handles({ variants: variants(45, 45), holdoutPercent: 10 }).map((h) => h.id)).toEqual(["v0", "v1"]);
  });

  it("is valid when variants and holdout make 100%", () => {
    expect(codes({ variants: variants(45, 45), holdoutPercent: 10 })).toEqual([]);
    expect(codes({ variants: variants(33.3, 33.3, 33.4) })).toEqual([]);
    expect(codes(splitNode.defaultData())).toEqual([]);
  });

  it("refuses shares that do not add up to 100%", () => {
    expect(codes({ variants: variants(50, 40) })).toEqual(["split-percent-sum"]);
    expect(codes({ variants: variants(50, 50), holdoutPercent: 10 })).toEqual(["split-percent-sum"]);
  });

  it("needs distinct labels", () => {
    expect(codes({ variants: [{ id: "a", label: "Offer", percent: 50 }, { id: "b", label: "offer", percent: 50 }] })).toEqual(["split-label-duplicate"]);
  });

  it("warns about splits that divide nothing", () => {
    expect(codes({ variants: variants(100) })).toEqual(["split-single-variant"]);
    expect(codes({ variants: variants(100, 0) })).toEqual(["split-empty-variant"]);
  });

  it("summarizes the shares", () => {
    expect(splitNode.summarize({ variants: variants(45, 45), holdoutPercent: 10 })).toBe("Variant 0 45% · Variant 1 45% · holdout 10%");
  });
});
