import { describe, expect, it } from "vitest";
import { parseEnrollmentMemory } from "./parse-enrollment-memory";
import { at } from "./testing/engine-fixtures";

describe("parseEnrollmentMemory", () => {
  it("revives stored JSON with real dates", () => {
    const memory = {
      visits: { email: 2 },
      splits: { s: "a" },
      sends: { email: ["e:email:1"] },
      triggerEvent: { name: "Signed Up", properties: { plan: "pro" }, timestamp: at("2024-06-03T10:00:00Z") },
      deferredUntil: { nodeId: "email", until: at("2024-06-04T08:00:00Z"), reason: "quiet hours", since: at("2024-06-03T22:00:00Z") },
    };
    expect(parseEnrollmentMemory(JSON.parse(JSON.stringify(memory)))).toEqual({ ok: true, memory });
  });

  it("fills in missing maps and reports a damaged field by path", () => {
    expect(parseEnrollmentMemory(null)).toEqual({ ok: true, memory: { visits: {}, splits: {}, sends: {} } });
    expect(parseEnrollmentMemory({ visits: { email: "two" } })).toMatchObject({ ok: false, path: "visits.email" });
  });
});
