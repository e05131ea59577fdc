import { describe, expect, it } from "vitest";
import type { TJourneyGraph } from "@/lib/journey/graph";
import { cascadeTemplate } from "@/lib/journey/templates/cascade";
import { eventNamesIn, journeyChannels, messageSteps, triggerEventName } from "./graph-facts";

const cascade: TJourneyGraph = cascadeTemplate.graph;

describe("graph facts for the preview's inputs", () => {
  it("lists the cascade's message steps top to bottom, named by their templates where known", () => {
    const emailTemplate = cascade.nodes.find((n) => n.id === "email");
    const templateId = emailTemplate?.type === "message" ? emailTemplate.data.templateId! : "";
    const steps = messageSteps(cascade, { [templateId]: "Your cart is waiting" });
    expect(steps.map((m) => [m.id, m.channel])).toEqual([
      ["email", "email"],
      ["sms", "sms"],
      ["push", "push"],
    ]);
    expect(steps[0]!.name).toBe("Your cart is waiting");
    expect(steps[1]!.name).toBe("SMS step “sms”");
  });

  it("offers consent for the channels the journey sends on, all of them for a best-channel step without fallbacks", () => {
    expect(journeyChannels(cascade)).toEqual(["email", "sms", "push"]);
    const best: TJourneyGraph = {
      nodes: [{ id: "m", type: "message", position: { x: 0, y: 0 }, data: { channel: "best", templateId: null, onSkip: "skip", respectQuietHours: true, frequencyCapExempt: false } }],
      edges: [],
    };
    expect(journeyChannels(best)).toHaveLength(7);
  });

  it("suggests the events the journey reacts to and knows the trigger's", () => {
    expect(eventNamesIn(cascade)).toEqual(["Cart Abandoned", "Order Completed"]);
    expect(triggerEventName(cascade)).toBe("Cart Abandoned");
    expect(triggerEventName({ nodes: [], edges: [] })).toBeNull();
  });
});
