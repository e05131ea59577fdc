/**
 * Copy, paste and duplicate as pure graph operations. A clip holds copies of the selected nodes and
 * only the edges between them; pasting gives every node and edge a fresh id, shifts positions, and
 * points references between copied steps (an engagement condition naming a copied message) at the
 * copies, so a pasted fragment behaves like the original did.
 */
import { randomShortId, type TIdFactory, type TJourneyEdge, type TJourneyGraph, type TJourneyNode } from "@/lib/journey/graph";
import { internalEdges, type TPoint } from "./graph-ops";

export type TClip = { nodes: TJourneyNode[]; edges: TJourneyEdge[] };

/** How far each successive paste lands from the original, so copies never hide each other. */
export const PASTE_OFFSET = { x: 40, y: 40 } as const;

/** The selected nodes and the edges between them, or `null` when nothing is selected. */
export function copySelection(graph: TJourneyGraph, nodeIds: Iterable<string>): TClip | null {
  const ids = new Set(nodeIds);
  const nodes = graph.nodes.filter((n) => ids.has(n.id));
  if (nodes.length === 0) return null;
  // A clip outlives later edits of the graph; structuredClone keeps it from sharing their objects.
  return structuredClone({ nodes, edges: internalEdges(graph.edges, ids) });
}

/** Replaces every `nodeId` field naming a copied node with the copy's id, at any depth. */
function remapNodeReferences(value: unknown, idMap: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => remapNodeReferences(item, idMap));
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => {
      if (key === "nodeId" && typeof field === "string") return [key, idMap.get(field) ?? field];
      return [key, remapNodeReferences(field, idMap)];
    }),
  );
}

/**
 * Adds the clip to the graph with fresh ids, shifted by `offset`. Returns the new graph and the ids
 * of the pasted nodes (the editor selects them).
 */
export function pasteClip(graph: TJourneyGraph, clip: TClip, offset: TPoint, newId: TIdFactory = randomShortId): { graph: TJourneyGraph; pastedIds: string[] } {
  const taken = new Set([...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)]);
  const fresh = () => {
    let id = newId();
    while (taken.has(id)) id = newId();
    taken.add(id);
    return id;
  };
  const idMap = new Map(clip.nodes.map((n) => [n.id, fresh()]));
  const nodes = clip.nodes.map(
    (node) =>
      ({
        ...node,
        id: idMap.get(node.id) ?? fresh(),
        position: { x: Math.round(node.position.x + offset.x), y: Math.round(node.position.y + offset.y) },
        data: remapNodeReferences(node.data, idMap),
      }) as TJourneyNode,
  );
  const edges = clip.edges.flatMap((edge) => {
    const source = idMap.get(edge.source);
    const target = idMap.get(edge.target);
    return source && target ? [{ id: fresh(), source, sourceHandle: edge.sourceHandle, target }] : [];
  });
  return { graph: { nodes: [...graph.nodes, ...nodes], edges: [...graph.edges, ...edges] }, pastedIds: nodes.map((n) => n.id) };
}

/** Copy + paste in one step, one offset away from the originals. */
export function duplicateSelection(graph: TJourneyGraph, nodeIds: Iterable<string>, newId: TIdFactory = randomShortId): { graph: TJourneyGraph; pastedIds: string[] } {
  const clip = copySelection(graph, nodeIds);
  return clip ? pasteClip(graph, clip, PASTE_OFFSET, newId) : { graph, pastedIds: [] };
}
