import type { TJourneyGraph, TJourneyNode } from "../journey/graph";

/** Nodes by id and the target of each (node, handle), for one graph. */
export type TGraphLookup = {
  node(id: string): TJourneyNode | undefined;
  /** The node an edge from `nodeId`'s `handle` leads to; the first such edge if a draft has several. */
  next(nodeId: string, handle: string): TJourneyNode | undefined;
  /** The first trigger node, where a new enrollment starts. */
  trigger(): TJourneyNode | undefined;
  size: number;
};

// Published versions are immutable and a batch steps many enrollments on the same graph object,
// so the index is built once per graph and forgotten with it.
const cache = new WeakMap<TJourneyGraph, TGraphLookup>();

/** An index of a graph for the interpreter, built once per graph object. */
export function lookupGraph(graph: TJourneyGraph): TGraphLookup {
  const cached = cache.get(graph);
  if (cached) return cached;
  const nodes = new Map<string, TJourneyNode>();
  for (const node of graph.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
  const targets = new Map<string, string>();
  for (const edge of graph.edges) {
    const key = JSON.stringify([edge.source, edge.sourceHandle]);
    if (!targets.has(key)) targets.set(key, edge.target);
  }
  const lookup: TGraphLookup = {
    node: (id) => nodes.get(id),
    next: (nodeId, handle) => {
      const target = targets.get(JSON.stringify([nodeId, handle]));
      return target === undefined ? undefined : nodes.get(target);
    },
    trigger: () => graph.nodes.find((node) => node.type === "trigger"),
    size: graph.nodes.length,
  };
  cache.set(graph, lookup);
  return lookup;
}
