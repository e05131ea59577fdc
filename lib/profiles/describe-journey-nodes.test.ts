import { describe, expect, it } from "vitest";
import { cascadeTemplate } from "../journey/templates/cascade";
import { describeJourneyNodes } from "./describe-journey-nodes";

describe("describeJourneyNodes", () => {
  it("names each node of a stored graph by its type and summary, without saying the type twice", () => {
    const labels = describeJourneyNodes(cascadeTemplate.graph);
    expect(labels.get("wait-24h")).toBe("Wait 24 hours");
    expect(labels.get("sms")).toMatch(/^Message · /);
    expect(labels.get("skip-recent-buyers")).toMatch(/^Suppress · .*Order Completed/);
  });

  it("falls back to the id for unknown node types and ignores junk", () => {
    const labels = describeJourneyNodes({ nodes: [{ id: "x", type: "teleport", data: {} }, null, { type: "wait" }, 7] });
    expect([...labels]).toEqual([["x", "x"]]);
    expect(describeJourneyNodes(null).size).toBe(0);
  });
});
