import { createEdge, createNode, type TJourneyGraph, type TJourneyNode } from "../../lib/journey/graph";
import { layoutGraph } from "../../lib/journey/layout";
import { nodeHandles, type TNodeType } from "../../lib/journey/registry";

/** Step types along each lane, in the proportions a large real journey has: mostly waits and messages. */
const LANE_CYCLE: readonly TNodeType[] = ["wait", "message", "branch", "message", "wait", "updateProfile", "split", "suppress", "waitForEvent", "message"];

/**
 * A laid-out journey of exactly `size` steps (size ≥ 8): a trigger, a branch fanning out into
 * parallel lanes (about √(size/4) of them, so the canvas stays taller than wide like real
 * journeys), each lane a chain of mixed steps whose every output leads on to the lane's next step
 * (the way "skipped" and "else" paths usually rejoin), ending in an exit. Ids are sequential, so
 * every run measures the same graph.
 */
export function buildBenchGraph(size: number): TJourneyGraph {
  let counter = 0;
  const id = () => `n${++counter}`;
  const lanes = Math.max(2, Math.round(Math.sqrt(size / 4)));
  const trigger = createNode("trigger", { x: 0, y: 0 }, id());
  const fan = createNode("branch", { x: 0, y: 0 }, id());
  fan.data = { paths: Array.from({ length: lanes - 1 }, (_, i) => ({ id: `lane-${i + 1}`, label: `Lane ${i + 1}`, condition: { kind: "all" as const, conditions: [] } })) };
  const nodes: TJourneyNode[] = [trigger, fan];
  const edges: TJourneyGraph["edges"] = [createEdge(trigger.id, "next", fan.id, id())];
  const laneStarts = nodeHandles(fan).map((h) => ({ source: fan.id, handle: h.id }));
  // Every lane ends in an exit; the remaining budget is shared out as evenly as possible.
  const budget = size - nodes.length - lanes;
  let turn = 0;
  laneStarts.forEach((start, lane) => {
    const length = Math.floor(budget / lanes) + (lane < budget % lanes ? 1 : 0);
    let from = [start];
    for (let i = 0; i <= length; i++) {
      const node = createNode(i === length ? "exit" : LANE_CYCLE[turn++ % LANE_CYCLE.length]!, { x: 0, y: 0 }, id());
      nodes.push(node);
      for (const slot of from) edges.push(createEdge(slot.source, slot.handle, node.id, id()));
      from = nodeHandles(node).map((h) => ({ source: node.id, handle: h.id }));
    }
  });
  return layoutGraph({ nodes, edges });
}
