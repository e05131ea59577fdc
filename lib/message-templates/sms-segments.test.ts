import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countSmsSegments } from "./sms-segments";

describe("countSmsSegments", () => {
  it("fits 160 GSM-7 characters in one segment and splits at 161 into 153-character parts", () => {
    expect(countSmsSegments("a".repeat(160))).toMatchObject({ encoding: "GSM-7", characters: 160, units: 160, segments: 1, perSegment: 160 });
    expect(countSmsSegments("a".repeat(161))).toMatchObject({ encoding: "GSM-7", segments: 2, perSegment: 153 });
    expect(countSmsSegments("a".repeat(306))).toMatchObject({ segments: 2 });
    expect(countSmsSegments("a".repeat(307))).toMatchObject({ segments: 3 });
  });

  it("counts GSM-7 extension characters (€, [, ]) as two units", () => {
    expect(countSmsSegments("€".repeat(80))).toMatchObject({ encoding: "GSM-7", characters: 80, units: 160, segments: 1 });
    expect(countSmsSegments("€".repeat(81))).toMatchObject({ units: 162, segments: 2 });
  });

  it("switches to UCS-2 for a character outside GSM-7: 70 in one segment, then 67 per part", () => {
    const body = "ć".repeat(70);
    expect(countSmsSegments(body)).toMatchObject({ encoding: "UCS-2", characters: 70, units: 70, segments: 1, perSegment: 70, nonGsmCharacters: ["ć"] });
    expect(countSmsSegments("ć".repeat(71))).toMatchObject({ encoding: "UCS-2", segments: 2, perSegment: 67 });
    expect(countSmsSegments("ć".repeat(134))).toMatchObject({ segments: 2 });
    expect(countSmsSegments("ć".repeat(135))).toMatchObject({ segments: 3 });
  });

  it("counts an emoji as one character but two UCS-2 units", () => {
    expect(countSmsSegments("👍🏽 ok")).toMatchObject({ encoding: "UCS-2", characters: 4, nonGsmCharacters: ["👍🏽"] });
    expect(countSmsSegments("😀".repeat(35))).toMatchObject({ characters: 35, units: 70, segments: 1 });
    expect(countSmsSegments("😀".repeat(36))).toMatchObject({ units: 72, segments: 2 });
  });

  it("bills nothing for an empty text", () => {
    expect(countSmsSegments("")).toMatchObject({ encoding: "GSM-7", characters: 0, segments: 0 });
  });

  it("never needs more segments than its units divided by the concatenated capacity, rounded up", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "Z", " ", "€", "ć", "😀"), maxLength: 400 }), (text) => {
        const { units, segments, encoding } = countSmsSegments(text);
        const [single, multi] = encoding === "GSM-7" ? [160, 153] : [70, 67];
        const expected = units === 0 ? 0 : units <= single ? 1 : Math.ceil(units / multi);
        // A two-unit character never straddles two segments, so a part can hold one unit less.
        return segments === expected || segments === expected + 1;
      }),
    );
  });
});
