import { describe, expect, it } from "vitest";
import { describeErrorPath } from "./error-path";

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
