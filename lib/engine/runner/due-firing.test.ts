import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dueFiring, nextFiring } from "./due-firing";

const paris = { cron: "0 9 * * *", timezone: "Europe/Paris" };
const at = (iso: string) => new Date(iso);

describe("dueFiring", () => {
  it("fires at 09:00 Paris time on both sides of the spring DST change", () => {
    const published = at("2026-03-20T00:00:00Z");
    // 28 March: CET (UTC+1) → 08:00Z; 30 March: CEST (UTC+2) → 07:00Z.
    expect(dueFiring(paris, published, at("2026-03-28T12:00:00Z"))?.toISOString()).toBe("2026-03-28T08:00:00.000Z");
    expect(dueFiring(paris, published, at("2026-03-29T12:00:00Z"))?.toISOString()).toBe("2026-03-29T07:00:00.000Z");
    expect(dueFiring(paris, published, at("2026-03-30T12:00:00Z"))?.toISOString()).toBe("2026-03-30T07:00:00.000Z");
    // and back in autumn
    expect(dueFiring(paris, published, at("2026-10-26T12:00:00Z"))?.toISOString()).toBe("2026-10-26T08:00:00.000Z");
  });

  it("is the latest firing only: a runner down for days runs the most recent missed one, not each", () => {
    expect(dueFiring(paris, at("2026-03-01T00:00:00Z"), at("2026-03-05T10:00:00Z"))?.toISOString()).toBe("2026-03-05T08:00:00.000Z");
    expect(dueFiring(paris, at("2026-03-01T00:00:00Z"), at("2026-03-05T07:59:59Z"))?.toISOString()).toBe("2026-03-04T08:00:00.000Z");
  });

  it("is none before the first firing after publishing, and none for a damaged schedule", () => {
    expect(dueFiring(paris, at("2026-03-05T08:30:00Z"), at("2026-03-06T07:59:00Z"))).toBeNull();
    expect(dueFiring(paris, at("2026-03-05T08:00:00Z"), at("2026-03-05T08:00:00Z"))).toBeNull();
    expect(dueFiring({ cron: "not a cron", timezone: "UTC" }, at("2026-03-01T00:00:00Z"), at("2026-03-05T00:00:00Z"))).toBeNull();
  });

  it("finds rare firings long after publishing (29 February) and minutely ones cheaply", () => {
    expect(dueFiring({ cron: "0 0 29 2 *", timezone: "UTC" }, at("2023-01-01T00:00:00Z"), at("2026-03-05T00:00:00Z"))?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(dueFiring({ cron: "* * * * *", timezone: "UTC" }, at("2020-01-01T00:00:00Z"), at("2026-03-05T10:07:30Z"))?.toISOString()).toBe("2026-03-05T10:07:00.000Z");
  });

  it("property: the due firing is ≤ now, > publish time, and no later firing is ≤ now", () => {
    const crons = fc.constantFrom("0 9 * * *", "*/15 * * * *", "30 2 * * 1", "0 0 1 * *", "0 12 * * 1-5", "5 4 * * SUN");
    const zones = fc.constantFrom("UTC", "Europe/Paris", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe");
    const start = at("2025-01-01T00:00:00Z").getTime();
    fc.assert(
      fc.property(crons, zones, fc.integer({ min: 0, max: 400 * 86_400 }), fc.integer({ min: 0, max: 60 * 86_400 }), (cron, timezone, publishOffset, gap) => {
        const published = new Date(start + publishOffset * 1000);
        const now = new Date(published.getTime() + gap * 1000);
        const due = dueFiring({ cron, timezone }, published, now);
        if (due === null) {
          const next = nextFiring({ cron, timezone }, published);
          expect(next === null || next.getTime() > now.getTime()).toBe(true);
          return;
        }
        expect(due.getTime()).toBeLessThanOrEqual(now.getTime());
        expect(due.getTime()).toBeGreaterThan(published.getTime());
        const after = nextFiring({ cron, timezone }, due);
        expect(after === null || after.getTime() > now.getTime()).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
