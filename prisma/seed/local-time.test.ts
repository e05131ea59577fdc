import { describe, expect, it } from "vitest";
import { toLocalDaytime } from "./local-time";
import { createRandom, type TRandom } from "./random";

/** Always the first choice and the lowest number: local midnight, to the second. */
const midnight: TRandom = { ...createRandom(1), weighted: (choices) => choices[0]![0], int: (min) => min };

describe("toLocalDaytime", () => {
  it("keeps the local date and uses the zone's offset at the reference time", () => {
    const july = new Date("2026-07-10T12:00:00Z");
    expect(new Date(toLocalDaytime(midnight, Date.parse("2026-07-10T08:00:00Z"), "Europe/London", july)).toISOString()).toBe("2026-07-09T23:00:00.000Z");
    const january = new Date("2026-01-10T12:00:00Z");
    expect(new Date(toLocalDaytime(midnight, Date.parse("2026-01-10T08:00:00Z"), "Europe/London", january)).toISOString()).toBe("2026-01-10T00:00:00.000Z");
    expect(new Date(toLocalDaytime(midnight, Date.parse("2026-01-10T08:00:00Z"), "America/New_York", january)).toISOString()).toBe("2026-01-10T05:00:00.000Z");
  });

  it("lands on believable hours: mostly daytime and evening", () => {
    const random = createRandom(3);
    const reference = new Date("2026-03-01T00:00:00Z");
    const hours = Array.from({ length: 2000 }, () => new Date(toLocalDaytime(random, reference.getTime(), "UTC", reference)).getUTCHours());
    const night = hours.filter((hour) => hour >= 2 && hour < 6).length;
    const evening = hours.filter((hour) => hour >= 18 && hour < 22).length;
    expect(evening).toBeGreaterThan(night * 10);
  });
});
