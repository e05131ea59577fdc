import dagre from "@dagrejs/dagre";
import type { TJourneyGraph } from "./graph";
import { nodeHandles } from "./registry";

/** The canvas card size the layout reserves for every node. */
export const NODE_WIDTH = 240;
export const NODE_HEIGHT = 88;

/**
 * The same graph with every node placed top-to-bottom by dagre, positions being top-left corners
 * (React Flow's convention; dagre returns centres). Pure: the input is not modified. A branch's
 * paths come out left to right as listed, `else` last.
 */
export function layoutGraph<TGraph extends TJourneyGraph>(graph: TGraph): TGraph {
  try {
    return placeNodes(graph, siblingOrder(graph));
  } catch {
    // Ordering hints are a nicety; contradictory ones must never cost the marketer a layout.
    return placeNodes(graph, []);
  }
}

type TOrderConstraint = { left: string; right: string };

/**
 * Dagre orders siblings by its own heuristic (often mirrored), so each node's targets are pinned
 * left to right in handle order: a branch's paths read as listed, `else` last.
 */
function siblingOrder(graph: TJourneyGraph): TOrderConstraint[] {
  const constraints: TOrderConstraint[] = [];
  const pinned = new Set<string>();
  for (const node of graph.nodes) {
    const order = nodeHandles(node).map((h) => h.id);
    const targets = graph.edges
      .filter((edge) => edge.source === node.id && edge.target !== node.id)
      .sort((a, b) => rank(order, a.sourceHandle) - rank(order, b.sourceHandle))
      .map((edge) => edge.target);
    const distinct = [...new Set(targets)];
    for (let i = 1; i < distinct.length; i++) {
      const left = distinct[i - 1] ?? "";
      const right = distinct[i] ?? "";
      // The first hint about a pair wins; its mirror from another node would contradict it.
      if (pinned.has(`${right}\u0000${left}`)) continue;
      pinned.add(`${left}\u0000${right}`);
      constraints.push({ left, right });
    }
  }
  return constraints;
}

function placeNodes<TGraph extends TJourneyGraph>(graph: TGraph, constraints: TOrderConstraint[]): TGraph {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: "TB", nodesep: 60, ranksep: 80, marginx: 20, marginy: 20 });
  g.setDefaultEdgeLabel(() => ({}));
  const ids = new Set(graph.nodes.map((node) => node.id));
  for (const node of graph.nodes) g.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const edge of graph.edges) {
    if (ids.has(edge.source) && ids.has(edge.target) && edge.source !== edge.target) g.setEdge(edge.source, edge.target, {}, edge.id);
  }
  const known = constraints.filter((c) => ids.has(c.left) && ids.has(c.right));
  dagre.layout(g, known.length > 0 ? { constraints: known } : {});
  return {
    ...graph,
    nodes: graph.nodes.map((node) => {
      const placed = g.node(node.id) as { x?: number; y?: number } | undefined;
      if (placed?.x === undefined || placed.y === undefined) return node;
      return { ...node, position: { x: Math.round(placed.x - NODE_WIDTH / 2), y: Math.round(placed.y - NODE_HEIGHT / 2) } };
    }),
  };
}

function rank(order: readonly string[], handle: string): number {
  const i = order.indexOf(handle);
  return i === -1 ? order.length : i;
}
