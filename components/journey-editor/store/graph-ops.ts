/**
 * Pure editing operations on the stored journey graph. The editor store applies them and records
 * the results in its undo history; nothing here knows about React Flow or the store. Every
 * operation returns a new graph (untouched nodes keep their object identity, which lets the canvas
 * skip re-rendering them) or the very same graph when the edit is refused.
 */
import { createEdge, randomShortId, type TIdFactory, type TJourneyEdge, type TJourneyGraph, type TJourneyNode } from "@/lib/journey/graph";
import { layoutGraph } from "@/lib/journey/layout";
import { nodeHandles } from "@/lib/journey/registry";

export type TConnection = { source: string; sourceHandle: string; target: string };
export type TPoint = { x: number; y: number };

/** Room between a node and the ones added after it, in canvas pixels (a card is 240 × ~90). */
export const FOLLOW_GAP_Y = 160;
export const FOLLOW_GAP_X = 280;

/** Why a connection is refused, or `null` when it is allowed. */
export function connectionProblem(graph: TJourneyGraph, connection: TConnection): string | null {
  const source = graph.nodes.find((n) => n.id === connection.source);
  const target = graph.nodes.find((n) => n.id === connection.target);
  if (!source || !target) return "both steps must exist";
  if (source.id === target.id) return "a step cannot lead to itself";
  if (target.type === "trigger") return "nothing can lead into a trigger; a journey starts there";
  if (!nodeHandles(source).some((h) => h.id === connection.sourceHandle)) return `this step has no "${connection.sourceHandle}" output`;
  return null;
}

/**
 * Connects an output to a step. Each output leads to one step, so connecting an output that is
 * already connected moves its edge; self-loops, edges into a trigger and unknown outputs are
 * refused (the same graph comes back).
 */
export function connectNodes(graph: TJourneyGraph, connection: TConnection, newId: TIdFactory = randomShortId): TJourneyGraph {
  if (connectionProblem(graph, connection) !== null) return graph;
  const existing = graph.edges.find((e) => e.source === connection.source && e.sourceHandle === connection.sourceHandle);
  if (existing?.target === connection.target) return graph;
  const others = graph.edges.filter((e) => e !== existing);
  return { ...graph, edges: [...others, createEdge(connection.source, connection.sourceHandle, connection.target, newId())] };
}

/** The first output of `node` with no edge yet, if any. */
export function firstFreeHandle(graph: TJourneyGraph, node: TJourneyNode): string | undefined {
  const used = new Set(graph.edges.filter((e) => e.source === node.id).map((e) => e.sourceHandle));
  return nodeHandles(node).find((h) => !used.has(h.id))?.id;
}

/**
 * Adds `node`. With `afterId`, the node is connected from that step's first free output (when it
 * has one), which is how "click a palette item with a step selected" appends.
 */
export function addNode(graph: TJourneyGraph, node: TJourneyNode, afterId?: string, newId: TIdFactory = randomShortId): TJourneyGraph {
  if (graph.nodes.some((n) => n.id === node.id)) return graph;
  const added = { ...graph, nodes: [...graph.nodes, node] };
  const anchor = afterId === undefined ? undefined : graph.nodes.find((n) => n.id === afterId);
  const handle = anchor ? firstFreeHandle(graph, anchor) : undefined;
  if (!anchor || handle === undefined) return added;
  return connectNodes(added, { source: anchor.id, sourceHandle: handle, target: node.id }, newId);
}

/**
 * Where a node appended after `anchor` goes: below it, under the output it will hang from, so the
 * steps after a branch's paths fan out side by side instead of piling up.
 */
export function positionAfter(graph: TJourneyGraph, anchor: TJourneyNode): TPoint {
  const handles = nodeHandles(anchor);
  const index = Math.max(0, handles.findIndex((h) => h.id === firstFreeHandle(graph, anchor)));
  const offset = handles.length > 1 ? (index - (handles.length - 1) / 2) * FOLLOW_GAP_X : 0;
  return { x: anchor.position.x + offset, y: anchor.position.y + FOLLOW_GAP_Y };
}

/** Removes the nodes (with every edge touching them) and the edges named. */
export function deleteElements(graph: TJourneyGraph, ids: { nodeIds?: Iterable<string>; edgeIds?: Iterable<string> }): TJourneyGraph {
  const nodeIds = new Set(ids.nodeIds ?? []);
  const edgeIds = new Set(ids.edgeIds ?? []);
  if (nodeIds.size === 0 && edgeIds.size === 0) return graph;
  const nodes = graph.nodes.filter((n) => !nodeIds.has(n.id));
  const edges = graph.edges.filter((e) => !edgeIds.has(e.id) && !nodeIds.has(e.source) && !nodeIds.has(e.target));
  if (nodes.length === graph.nodes.length && edges.length === graph.edges.length) return graph;
  return { nodes, edges };
}

/**
 * Drops `node` onto an edge: source → node → target, the second edge leaving through the node's
 * first output. The target and every step after it move down when they would sit on top of the
 * new step, so an insertion never buries a card. A trigger (nothing may lead into it) or a node
 * without outputs (an exit) cannot sit in the middle of a path, so those are simply added beside it.
 */
export function insertNodeOnEdge(graph: TJourneyGraph, edgeId: string, node: TJourneyNode, newId: TIdFactory = randomShortId): TJourneyGraph {
  const edge = graph.edges.find((e) => e.id === edgeId);
  const firstHandle = nodeHandles(node)[0];
  if (!edge || node.type === "trigger" || firstHandle === undefined) return addNode(graph, node);
  if (graph.nodes.some((n) => n.id === node.id)) return graph;
  const placed = clearOfSource(graph, edge.source, edge.target, node);
  const spliced: TJourneyGraph = {
    nodes: [...graph.nodes, placed],
    edges: [
      ...graph.edges.filter((e) => e.id !== edgeId),
      createEdge(edge.source, edge.sourceHandle, node.id, newId()),
      createEdge(node.id, firstHandle.id, edge.target, newId()),
    ],
  };
  return makeRoomBelow(spliced, placed, edge.target);
}

/** On a downward connection, keeps the inserted step at least a row below its source. */
function clearOfSource(graph: TJourneyGraph, sourceId: string, targetId: string, node: TJourneyNode): TJourneyNode {
  const source = graph.nodes.find((n) => n.id === sourceId);
  const target = graph.nodes.find((n) => n.id === targetId);
  if (!source || !target || target.position.y <= source.position.y) return node;
  const minY = source.position.y + FOLLOW_GAP_Y;
  return node.position.y >= minY ? node : { ...node, position: { x: node.position.x, y: minY } };
}

/** Shifts `from` and every step reachable from it (except `inserted`) down so `inserted` has room above them. */
function makeRoomBelow(graph: TJourneyGraph, inserted: TJourneyNode, from: string): TJourneyGraph {
  const target = graph.nodes.find((n) => n.id === from);
  const shift = target ? inserted.position.y + FOLLOW_GAP_Y - target.position.y : 0;
  if (!target || shift <= 0) return graph;
  const below = new Set<string>();
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.pop()!;
    // A loop back through the new step must not drag the steps above it down too.
    if (below.has(id) || id === inserted.id) continue;
    below.add(id);
    for (const e of graph.edges) if (e.source === id) queue.push(e.target);
  }
  const positions = new Map(graph.nodes.filter((n) => below.has(n.id) && n.position.y >= target.position.y).map((n) => [n.id, { x: n.position.x, y: n.position.y + shift }]));
  return moveNodes(graph, positions);
}

/**
 * Replaces a node's data. Edges leaving through outputs the new data no longer has (a deleted
 * branch path, a suppress that now exits) go too, so the graph never points at a missing handle.
 */
export function updateNodeData(graph: TJourneyGraph, nodeId: string, data: unknown): TJourneyGraph {
  const index = graph.nodes.findIndex((n) => n.id === nodeId);
  const current = graph.nodes[index];
  if (!current || current.data === data) return graph;
  const updated = { ...current, data } as TJourneyNode;
  const nodes = graph.nodes.map((n, i) => (i === index ? updated : n));
  const handles = new Set(nodeHandles(updated).map((h) => h.id));
  const edges = graph.edges.filter((e) => e.source !== nodeId || handles.has(e.sourceHandle));
  return { nodes, edges: edges.length === graph.edges.length ? graph.edges : edges };
}

/** Moves nodes to new positions (rounded, as stored); unknown ids are ignored. */
export function moveNodes(graph: TJourneyGraph, positions: ReadonlyMap<string, TPoint>): TJourneyGraph {
  let moved = false;
  const nodes = graph.nodes.map((node) => {
    const to = positions.get(node.id);
    if (!to) return node;
    const x = Math.round(to.x);
    const y = Math.round(to.y);
    if (x === node.position.x && y === node.position.y) return node;
    moved = true;
    return { ...node, position: { x, y } };
  });
  return moved ? { ...graph, nodes } : graph;
}

/** Every node placed top to bottom by the shared layout; nodes that did not move keep their identity. */
export function autoLayout(graph: TJourneyGraph): TJourneyGraph {
  const laid = layoutGraph(graph);
  return moveNodes(graph, new Map(laid.nodes.map((n) => [n.id, n.position])));
}

/** The edges whose two ends are both among `nodeIds`. */
export function internalEdges(edges: readonly TJourneyEdge[], nodeIds: ReadonlySet<string>): TJourneyEdge[] {
  return edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target));
}
