import type { TJourneyNode } from "../graph";
import { getNodeDefinition, safeNodeHandles, type TNodeDefinition, type THandle } from "../registry";

export type TOutEdge = { edgeId: string; handle: string; target: string };

/**
 * The graph as the rules read it. Built defensively, because validation may receive graphs that
 * skipped parsing: nodes without a usable id are left out (and reported), the first node wins a
 * duplicated id, and edges to or from missing nodes are not followed.
 */
export type TGraphIndex = {
  /** Ids in document order, first occurrence only. */
  nodeIds: string[];
  /** Nodes whose type is known and whose data fits it. */
  parsed: Map<string, TJourneyNode>;
  /** Raw type per id, for messages and for unknown types. */
  types: Map<string, unknown>;
  /** Handles per id; `undefined` when they cannot be known (unknown type, broken data). */
  handles: Map<string, THandle[] | undefined>;
  /** Followable edges per source id (existing endpoints, not a self-loop). */
  out: Map<string, TOutEdge[]>;
  /** Nodes in the input that had no string id, by index. */
  unnamedNodeIndexes: number[];
};

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined;
}

// Parsed nodes per raw node object, checked against the fields the schema reads, so re-validating
// a graph where one node changed re-parses only that node (see safeNodeHandles in the registry).
const parseCache = new WeakMap<object, { id: unknown; type: unknown; position: unknown; data: unknown; parsed: TJourneyNode | undefined }>();

function parseNodeOnce(node: Record<string, unknown>): TJourneyNode | undefined {
  const hit = parseCache.get(node);
  if (hit && hit.id === node.id && hit.type === node.type && hit.position === node.position && hit.data === node.data) return hit.parsed;
  const definition = typeof node.type === "string" ? getNodeDefinition(node.type) : undefined;
  const result = definition?.nodeSchema.safeParse(node);
  const parsed = result?.success ? (result.data as TJourneyNode) : undefined;
  parseCache.set(node, { id: node.id, type: node.type, position: node.position, data: node.data, parsed });
  return parsed;
}

/** Index a graph for the rules. Never throws. */
export function indexGraph(graph: unknown): TGraphIndex {
  const root = record(graph);
  const rawNodes = Array.isArray(root?.nodes) ? root.nodes : [];
  const rawEdges = Array.isArray(root?.edges) ? root.edges : [];
  const index: TGraphIndex = { nodeIds: [], parsed: new Map(), types: new Map(), handles: new Map(), out: new Map(), unnamedNodeIndexes: [] };
  rawNodes.forEach((raw, i) => {
    const node = record(raw);
    const id = node?.id;
    if (typeof id !== "string" || id === "") {
      index.unnamedNodeIndexes.push(i);
      return;
    }
    if (index.types.has(id)) return;
    index.nodeIds.push(id);
    index.types.set(id, node?.type);
    index.handles.set(id, safeNodeHandles(node ?? {}));
    index.out.set(id, []);
    const parsed = node ? parseNodeOnce(node) : undefined;
    if (parsed) index.parsed.set(id, parsed);
  });
  for (const raw of rawEdges) {
    const edge = record(raw);
    const { source, target, sourceHandle, id } = edge ?? {};
    if (typeof source !== "string" || typeof target !== "string" || source === target) continue;
    if (!index.types.has(target)) continue;
    index.out.get(source)?.push({ edgeId: String(id), handle: String(sourceHandle), target });
  }
  return index;
}

/** The registry entry of an indexed node, when its type is known. */
export function definitionOf(index: TGraphIndex, id: string): TNodeDefinition | undefined {
  const type = index.types.get(id);
  return typeof type === "string" ? getNodeDefinition(type) : undefined;
}

/** Ids of nodes whose type is `trigger`, in document order. */
export function triggerIds(index: TGraphIndex): string[] {
  return index.nodeIds.filter((id) => index.types.get(id) === "trigger");
}

/** Every node reachable from `starts` (included) by following edges. */
export function reachableFrom(index: TGraphIndex, starts: readonly string[]): Set<string> {
  const seen = new Set<string>(starts.filter((s) => index.types.has(s)));
  const queue = [...seen];
  for (let i = 0; i < queue.length; i++) {
    for (const edge of index.out.get(queue[i] ?? "") ?? []) {
      if (!seen.has(edge.target)) {
        seen.add(edge.target);
        queue.push(edge.target);
      }
    }
  }
  return seen;
}

/** Every node from which one of `goals` can be reached (goals included). */
export function canReach(index: TGraphIndex, goals: readonly string[]): Set<string> {
  const incoming = new Map<string, string[]>();
  for (const [source, edges] of index.out) {
    for (const edge of edges) {
      const list = incoming.get(edge.target);
      if (list) list.push(source);
      else incoming.set(edge.target, [source]);
    }
  }
  const seen = new Set<string>(goals);
  const queue = [...seen];
  for (let i = 0; i < queue.length; i++) {
    for (const source of incoming.get(queue[i] ?? "") ?? []) {
      if (!seen.has(source)) {
        seen.add(source);
        queue.push(source);
      }
    }
  }
  return seen;
}
