import { describe, expect, it } from "vitest";
import { journeyTemplates, instantiateTemplate } from "@/lib/journey/templates";
import { parseGraph } from "@/lib/journey/parse-graph";
import { flowToGraph, graphToFlow } from "./flow-state";

describe("stored graph ⇄ React Flow state", () => {
  it("round-trips every journey template without losing or inventing anything", () => {
    for (const template of journeyTemplates) {
      const ids = Object.fromEntries(template.messages.map((m) => [m.key, `tpl-${m.key}`]));
      const graph = instantiateTemplate(template, ids);
      const { nodes, edges } = graphToFlow(graph);
      expect(flowToGraph(nodes, edges)).toEqual(graph);
    }
  });

  it("drops React Flow's own fields (selection, sizes) and rounds positions", () => {
    const graph = instantiateTemplate(journeyTemplates[0]!, {});
    const { nodes, edges } = graphToFlow(graph);
    const touched = nodes.map((n, i) => ({ ...n, selected: i === 0, measured: { width: 240, height: 88 }, position: { x: n.position.x + 0.4, y: n.position.y } }));
    const back = flowToGraph(touched, edges);
    expect(back.nodes[0]).not.toHaveProperty("selected");
    expect(back.nodes[0]).not.toHaveProperty("measured");
    expect(back.nodes[0]!.position.x).toBe(Math.round(graph.nodes[0]!.position.x + 0.4));
    expect(parseGraph(back).ok).toBe(true);
  });
});
