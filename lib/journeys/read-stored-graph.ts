import type { TJourneyEdge, TJourneyGraph, TJourneyNode } from "../journey/graph";
import { parseGraph } from "../journey/parse-graph";
import { summarizeNode } from "../journey/registry";

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/**
 * A stored graph for read-only display (diffs, counts). Parsed when it parses; otherwise its
 * nodes and edges that at least carry string ids and types, so a draft saved under an older
 * schema can still be compared instead of failing the whole page.
 */
export function readStoredGraph(value: unknown): TJourneyGraph {
  const parsed = parseGraph(value);
  if (parsed.ok) return parsed.graph;
  const raw = isRecord(value) ? value : {};
  const nodes = (Array.isArray(raw.nodes) ? raw.nodes : []).filter((n): n is TJourneyNode => isRecord(n) && typeof n.id === "string" && typeof n.type === "string");
  const edges = (Array.isArray(raw.edges) ? raw.edges : []).filter(
    (e): e is TJourneyEdge => isRecord(e) && typeof e.source === "string" && typeof e.sourceHandle === "string" && typeof e.target === "string",
  );
  return { nodes, edges };
}

/** The card summary of a node, or "" when its data cannot be summarised (damaged stored data). */
export function safeSummary(node: { type: string; data: unknown }): string {
  try {
    return summarizeNode(node);
  } catch {
    return "";
  }
}
