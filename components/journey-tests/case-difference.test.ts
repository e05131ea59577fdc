import { describe, expect, it } from "vitest";
import type { TJourneyGraph } from "@/lib/journey/graph";
import { cascadeTemplate } from "@/lib/journey/templates/cascade";
import { describeDifference, stepName } from "./case-difference";

const graph: TJourneyGraph = cascadeTemplate.graph;

describe("describeDifference", () => {
  it("says which decision differs, what was expected and what happens now", () => {
    const text = describeDifference(graph, {
      firstDifference: {
        index: 7,
        expected: { nodeId: "sms", action: "skipped", handle: "skipped", offsetMs: 24 * 3_600_000 },
        actual: { nodeId: "sms", action: "sent", handle: "next", offsetMs: 48 * 3_600_000 },
      },
    });
    expect(text).toBe("Decision 8: expected Message “sms” skipped → skipped at +1 d; now Message “sms” sent → next at +2 d.");
  });

  it("says when one path has already ended", () => {
    expect(describeDifference(graph, { firstDifference: { index: 2, expected: { nodeId: "email", action: "sent", offsetMs: 0 }, actual: null } })).toBe(
      "Decision 3: expected Message “email” sent at +0 min; now the path ends.",
    );
  });

  it("is null for a passing case, and names a step the graph lost by its id", () => {
    expect(describeDifference(graph, { firstDifference: null })).toBeNull();
    expect(stepName(graph, "gone")).toBe("“gone”");
  });
});
