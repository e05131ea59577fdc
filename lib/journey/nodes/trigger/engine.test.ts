import { describe, expect, it } from "vitest";
import { at, enrolAndStep, event, logLines, makeContext, makeVersion } from "../../../engine/testing/engine-fixtures";
import { linearJourney } from "../../testing/fixtures";

describe("trigger (engine)", () => {
  it("logs how the profile came in and moves on", () => {
    const signedUp = event("Signed Up", "2024-06-03T10:00:00Z");
    const result = enrolAndStep(makeVersion(linearJourney()), makeContext(), signedUp.timestamp, signedUp);
    expect(logLines(result.effects)[0]).toBe('trigger: entered (entered on "Signed Up")');
    expect(result.enrollment.memory.visits).toEqual({ trigger: 1, email: 1, done: 1 });
    expect(result.enrollment.memory.triggerEvent).toEqual(signedUp);
  });

  it("counts the entry at the trigger with its handle", () => {
    const result = enrolAndStep(makeVersion(linearJourney()), makeContext(), at("2024-06-03T10:00:00Z"));
    expect(result.effects[0]).toMatchObject({ type: "log", nodeId: "trigger", nodeType: "trigger", action: "entered", handle: "next" });
  });
});
