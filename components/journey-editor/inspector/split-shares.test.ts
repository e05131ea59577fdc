import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ZSplitData } from "@/lib/journey/nodes/split/schema";
import { balanceEvenly, sharesComplete, splitTotal } from "./split-shares";

const variants = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `v${i}`, label: `V${i}`, percent: 0 }));

describe("split shares", () => {
  it("balances in whole percents, earlier variants taking the remainder", () => {
    expect(balanceEvenly(variants(3)).map((v) => v.percent)).toEqual([34, 33, 33]);
    expect(balanceEvenly(variants(2), 10).map((v) => v.percent)).toEqual([45, 45]);
  });

  it("falls back to hundredths when the holdout leaves a fractional room", () => {
    expect(balanceEvenly(variants(3), 12.5).map((v) => v.percent)).toEqual([29.17, 29.17, 29.16]);
  });

  it("totals variants and holdout, and tells a complete split from an incomplete one", () => {
    expect(splitTotal([{ percent: 40 }, { percent: 50 }], 10)).toBe(100);
    expect(sharesComplete([{ percent: 33.3 }, { percent: 33.3 }, { percent: 33.4 }])).toBe(true);
    expect(sharesComplete([{ percent: 50 }, { percent: 40 }])).toBe(false);
  });

  it("any number of variants and any whole or halved holdout balance to exactly 100%, as valid split data", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 198 }).map((h) => h / 2), (n, holdout) => {
        const balanced = balanceEvenly(variants(n), holdout);
        expect(sharesComplete(balanced, holdout)).toBe(true);
        expect(ZSplitData.safeParse({ variants: balanced, holdoutPercent: holdout }).success).toBe(true);
      }),
    );
  });
});
