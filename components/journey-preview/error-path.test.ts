import { describe, expect, it } from "vitest";
import { describeErrorPath, withPlace } from "./error-path";

describe("describeErrorPath", () => {
  it("names the input a refused field belongs to", () => {
    expect(describeErrorPath("events.2.event")).toBe("Event 3");
    expect(describeErrorPath("assume.sms")).toBe("Assumptions for step “sms”");
    expect(describeErrorPath("profile.identities.0.value")).toBe("Customer details");
    expect(describeErrorPath("duration")).toBe("Follow for");
    expect(describeErrorPath("profileId")).toBe("Customer");
  });
  it("keeps an unknown path as it is, and says nothing without one", () => {
    expect(describeErrorPath("somethingElse.x")).toBe("somethingElse.x");
    expect(describeErrorPath(undefined)).toBeNull();
  });
});

describe("withPlace", () => {
  it("replaces the API's leading field path with the input's name", () => {
    const refused = withPlace({ ok: false, status: 400, error: "duration: may lie at most 400 days after `start`", path: "duration", body: {} });
    expect(!refused.ok && refused.error).toBe("Follow for: may lie at most 400 days after `start`");
    const nested = withPlace({ ok: false, status: 400, error: "events.2.event: must not be empty", path: "events.2.event", body: {} });
    expect(!nested.ok && nested.error).toBe("Event 3: must not be empty");
  });
  it("leaves answers without a path alone", () => {
    const offline = { ok: false as const, status: 0, error: "could not reach the server", body: {} };
    expect(withPlace(offline)).toEqual(offline);
  });
});
