/**
 * Brings React Flow's node and edge arrays in line with a new stored graph while reusing every
 * object that did not change. React Flow and the memoised node cards compare by identity, so an
 * edit of one step in a 300-step journey re-renders one card, not 300.
 */
import type { TJourneyGraph } from "@/lib/journey/graph";
import type { TFlowEdge, TFlowNode } from "../flow-state";

/**
 * Flow nodes for `graph`. `selectedIds`, when given, becomes the selection; otherwise surviving
 * nodes keep theirs. Measured sizes are kept so cards do not flash while React Flow re-measures.
 */
export function syncFlowNodes(previous: readonly TFlowNode[], graph: TJourneyGraph, selectedIds?: ReadonlySet<string>): TFlowNode[] {
  const byId = new Map(previous.map((n) => [n.id, n]));
  return graph.nodes.map((node) => {
    const old = byId.get(node.id);
    const selected = selectedIds ? selectedIds.has(node.id) : (old?.selected ?? false);
    if (
      old &&
      old.type === node.type &&
      old.data.node.data === node.data &&
      old.position.x === node.position.x &&
      old.position.y === node.position.y &&
      Boolean(old.selected) === selected
    ) {
      return old;
    }
    return { ...old, id: node.id, type: node.type, position: { ...node.position }, data: { node }, selected };
  });
}

/** Flow edges for `graph`, keeping unchanged edge objects (and their selection). */
export function syncFlowEdges(previous: readonly TFlowEdge[], graph: TJourneyGraph, selectedIds?: ReadonlySet<string>): TFlowEdge[] {
  const byId = new Map(previous.map((e) => [e.id, e]));
  return graph.edges.map((edge) => {
    const old = byId.get(edge.id);
    const selected = selectedIds ? selectedIds.has(edge.id) : (old?.selected ?? false);
    if (old && old.source === edge.source && old.target === edge.target && old.sourceHandle === edge.sourceHandle && Boolean(old.selected) === selected) return old;
    return { id: edge.id, source: edge.source, sourceHandle: edge.sourceHandle, target: edge.target, selected };
  });
}
