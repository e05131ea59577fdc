import { safeNodeHandles } from "./registry";

/** Loose shapes: integrity checks also run on graphs that skipped parsing (validation of drafts). */
type TLooseNode = { id?: unknown; type?: unknown; data?: unknown };
type TLooseEdge = { id?: unknown; source?: unknown; sourceHandle?: unknown; target?: unknown };

export type TIntegrityProblem = {
  code:
    | "duplicate-node-id"
    | "duplicate-edge-id"
    | "edge-source-missing"
    | "edge-target-missing"
    | "edge-self-loop"
    | "edge-unknown-handle"
    | "handle-multiple-edges";
  /** Dotted path into the graph JSON, e.g. `edges.3.target`. */
  path: string;
  message: string;
  nodeId?: string;
  edgeId?: string;
};

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}

function nodeProblems(nodes: readonly TLooseNode[]): TIntegrityProblem[] {
  const seen = new Set<unknown>();
  const problems: TIntegrityProblem[] = [];
  nodes.forEach((node, index) => {
    if (seen.has(node.id)) {
      const id = String(node.id);
      problems.push({ code: "duplicate-node-id", path: `nodes.${index}.id`, message: `node id "${id}" is used twice`, nodeId: id });
    }
    seen.add(node.id);
  });
  return problems;
}

function edgeProblems(nodes: readonly TLooseNode[], edges: readonly TLooseEdge[]): TIntegrityProblem[] {
  const byId = new Map<unknown, TLooseNode>();
  for (const node of nodes) if (!byId.has(node.id)) byId.set(node.id, node);
  const edgeIds = new Set<unknown>();
  const usedHandles = new Set<string>();
  const problems: TIntegrityProblem[] = [];
  edges.forEach((edge, index) => {
    const at = (field: string) => `edges.${index}.${field}`;
    const edgeId = String(edge.id);
    const add = (code: TIntegrityProblem["code"], field: string, message: string, nodeId?: string) =>
      problems.push({ code, path: at(field), message, edgeId, ...(nodeId === undefined ? {} : { nodeId }) });
    if (edgeIds.has(edge.id)) add("duplicate-edge-id", "id", `edge id "${edgeId}" is used twice`);
    edgeIds.add(edge.id);
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source) add("edge-source-missing", "source", `no node "${String(edge.source)}"`);
    if (!target) add("edge-target-missing", "target", `no node "${String(edge.target)}"`);
    if (source && edge.source === edge.target) add("edge-self-loop", "target", "an edge cannot connect a node to itself", String(edge.source));
    if (!source) return;
    const handles = safeNodeHandles(source);
    const sourceId = String(edge.source);
    // Unknown handles of a node whose data is broken are that node's problem, reported elsewhere.
    if (handles && !handles.some((h) => h.id === edge.sourceHandle)) {
      const known = handles.length === 0 ? "it has none" : `expected ${handles.map((h) => `"${h.id}"`).join(", ")}`;
      add("edge-unknown-handle", "sourceHandle", `node "${sourceId}" has no handle "${String(edge.sourceHandle)}" (${known})`, sourceId);
      return;
    }
    const key = JSON.stringify([edge.source, edge.sourceHandle]);
    if (usedHandles.has(key)) {
      add("handle-multiple-edges", "sourceHandle", `handle "${String(edge.sourceHandle)}" of node "${sourceId}" is already connected`, sourceId);
    }
    usedHandles.add(key);
  });
  return problems;
}

/**
 * Everything wrong with how nodes and edges fit together, in document order: node ids first, then
 * each edge (its id, source, target, loop, handle, duplicate connection). Never throws, whatever
 * the input, since both the save path (first problem) and validation (all problems) rely on it.
 */
export function findIntegrityProblems(graph: { nodes?: unknown; edges?: unknown }): TIntegrityProblem[] {
  const nodes = Array.isArray(graph.nodes) ? graph.nodes.map(asRecord) : [];
  const edges = Array.isArray(graph.edges) ? graph.edges.map(asRecord) : [];
  return [...nodeProblems(nodes), ...edgeProblems(nodes, edges)];
}
