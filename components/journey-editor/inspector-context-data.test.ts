import { describe, expect, it } from "vitest";
import { linearJourney } from "@/lib/journey/testing/fixtures";
import { buildInspectorContext } from "./inspector-context-data";

describe("the inspector's context", () => {
  it("labels message steps by channel and template name, and drops templates on unknown channels", () => {
    const graph = linearJourney();
    const email = graph.nodes.find((n) => n.type === "message")!;
    const templateId = (email.data as { templateId: string }).templateId;
    const context = buildInspectorContext(graph.nodes, {
      templates: [
        { id: templateId, name: "Welcome mail", channel: "email" },
        { id: "odd", name: "Carrier pigeon", channel: "pigeon" },
      ],
      segments: [{ id: "s1", name: "VIPs" }],
    });
    expect(context.templates.map((t) => t.name)).toEqual(["Welcome mail"]);
    expect(context.nodes.find((n) => n.id === email.id)?.label).toBe("Email: Welcome mail");
    expect(context.nodes).toHaveLength(graph.nodes.length);
    expect(context.segments).toEqual([{ id: "s1", name: "VIPs" }]);
  });
});
