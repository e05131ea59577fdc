import { describe, expect, it } from "vitest";
import { ZCompareRequest, ZPreviewRequest } from "./preview-schemas";

const firstPath = (value: unknown) => {
  const parsed = ZPreviewRequest.safeParse(value);
  return parsed.success ? null : parsed.error.issues[0]?.path.join(".");
};

describe("the preview request", () => {
  it("takes an empty body: the draft, from now, for 90 days, no events", () => {
    expect(ZPreviewRequest.parse({})).toEqual({});
  });

  it("defaults scripted events to track and accepts `at` or `after`", () => {
    const parsed = ZPreviewRequest.parse({ events: [{ event: "Order Completed", after: { amount: 1, unit: "hours" } }, { type: "identify", at: "2026-01-01T00:00:00Z", traits: { plan: "pro" } }] });
    expect(parsed.events?.map((e) => e.type)).toEqual(["track", "identify"]);
  });

  it("names the field of a bad event", () => {
    const ok = { event: "A", after: { amount: 1, unit: "hours" } };
    expect(firstPath({ events: [ok, ok, ok, { event: "B", at: "tomorrow" }] })).toBe("events.3.at");
    expect(firstPath({ events: [{ event: 5, after: { amount: 1, unit: "hours" } }] })).toBe("events.0.event");
    expect(firstPath({ events: [{ event: "A" }] })).toBe("events.0.at");
    expect(firstPath({ events: [{ event: "A", at: "2026-01-01T00:00:00Z", after: { amount: 1, unit: "hours" } }] })).toBe("events.0.at");
    expect(firstPath({ events: [{ type: "identify", traits: { a: 1 }, properties: {}, after: { amount: 0, unit: "hours" } }] })).toBe("events.0.properties");
  });

  it("refuses more than 1,000 scripted events", () => {
    const events = Array.from({ length: 1001 }, () => ({ event: "A", after: { amount: 1, unit: "minutes" } }));
    expect(firstPath({ events })).toBe("events");
  });

  it("names the assumption and its engagement", () => {
    expect(firstPath({ assume: { email: { opened: { amount: 2, unit: "hours" }, clicked: "never" } } })).toBeNull();
    expect(firstPath({ assume: { email: { opened: "soon" } } })).toBe("assume.email.opened");
    expect(firstPath({ assume: { email: { bounced: "never" } } })).toBe("assume.email");
  });

  it("takes a draft or a positive version number, and `until` or `duration`", () => {
    expect(firstPath({ version: 0 })).toBe("version");
    expect(firstPath({ version: "live" })).toBe("version");
    expect(firstPath({ until: "2026-01-01T00:00:00Z", duration: { amount: 1, unit: "days" } })).toBe("duration");
  });

  it("compares exactly two versions", () => {
    expect(ZCompareRequest.safeParse({ versions: ["draft", 1] }).success).toBe(true);
    expect(ZCompareRequest.safeParse({ versions: ["draft"] }).success).toBe(false);
  });
});
