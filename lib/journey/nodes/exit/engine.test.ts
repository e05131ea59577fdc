import { describe, expect, it } from "vitest";
import { step } from "../../../engine/step";
import { at, enrolAndStep, makeContext, makeVersion } from "../../../engine/testing/engine-fixtures";
import { linearJourney } from "../../testing/fixtures";

describe("exit (engine)", () => {
  it("completes the enrollment with the node's reason", () => {
    const now = at("2024-06-03T10:00:00Z");
    const result = enrolAndStep(makeVersion(linearJourney()), makeContext(), now);
    expect(result.enrollment).toMatchObject({ state: "completed", exitReason: "Done", exitedAt: now, wakeAt: null, currentNodeId: "done" });
    expect(result.effects.at(-1)).toEqual({ type: "exit", nodeId: "done", state: "completed", reason: "Done" });
  });

  it("leaves a finished enrollment alone", () => {
    const version = makeVersion(linearJourney());
    const done = enrolAndStep(version, makeContext(), at("2024-06-03T10:00:00Z")).enrollment;
    expect(step(version, done, makeContext(), at("2024-06-04T10:00:00Z"))).toEqual({ enrollment: done, effects: [] });
  });
});
