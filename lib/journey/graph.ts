import { z } from "zod";
import type { TPosition } from "./nodes/node-schema";
import { nodeRegistry, type TNodeRegistry, type TNodeType } from "./registry";

type TRegisteredNodeSchema = TNodeRegistry[TNodeType]["nodeSchema"];

// The union is read off the registry so a new node type needs no edit here. The cast only restores
// the non-empty tuple type that Object.values loses; the registry is never empty.
const nodeSchemas = Object.values(nodeRegistry).map((definition) => definition.nodeSchema) as [
  TRegisteredNodeSchema,
  ...TRegisteredNodeSchema[],
];

/** Bounds that keep a hostile save request from costing more than a real journey ever would. */
export const MAX_NODES = 500;
export const MAX_EDGES = 1000;

/** A stored node: `{ id, type, position, data }`, with `data` checked against its type's schema. */
export const ZJourneyNode = z.discriminatedUnion("type", nodeSchemas);
export type TJourneyNode = z.infer<typeof ZJourneyNode>;
export type TNodeOfType<T extends TNodeType> = Extract<TJourneyNode, { type: T }>;

/** A connection from one handle of `source` to `target`. */
export const ZJourneyEdge = z.object({
  // Longer than node ids: editors often derive edge ids from both endpoints and the handle.
  id: z.string().min(1, "must not be empty").max(128),
  source: z.string().min(1, "must not be empty"),
  sourceHandle: z.string().min(1, "must not be empty"),
  target: z.string().min(1, "must not be empty"),
});
export type TJourneyEdge = z.infer<typeof ZJourneyEdge>;

/** The stored journey graph. Shape only: `parseGraph` adds the integrity checks. */
export const ZJourneyGraph = z.object({
  nodes: z.array(ZJourneyNode).max(MAX_NODES),
  edges: z.array(ZJourneyEdge).max(MAX_EDGES),
});
export type TJourneyGraph = z.infer<typeof ZJourneyGraph>;

/** Node types in palette order. */
export const NODE_TYPES = Object.keys(nodeRegistry) as TNodeType[];

export type TIdFactory = () => string;

/** Short random ids: 8 hex characters are plenty within one graph and stay readable in logs. */
export const randomShortId: TIdFactory = () => crypto.randomUUID().slice(0, 8);

/** A node of `type` with its default data, at `position`. */
export function createNode<T extends TNodeType>(type: T, position: TPosition, id: string = randomShortId()): TNodeOfType<T> {
  const data = nodeRegistry[type].defaultData();
  // Correlated generics: TS cannot see that `data` belongs to `type`, but the registry keys guarantee it.
  return { id, type, position: { x: position.x, y: position.y }, data } as TNodeOfType<T>;
}

/** An edge from `source`'s `sourceHandle` to `target`. */
export function createEdge(source: string, sourceHandle: string, target: string, id: string = randomShortId()): TJourneyEdge {
  return { id, source, sourceHandle, target };
}

/** Where a new journey's trigger sits: top centre of a typical canvas before any fit-to-view. */
const FIRST_NODE_POSITION = { x: 250, y: 50 };

/** A new journey: a lone event trigger near the top of the canvas. */
export function emptyGraph(newId: TIdFactory = randomShortId): TJourneyGraph {
  return { nodes: [createNode("trigger", FIRST_NODE_POSITION, newId())], edges: [] };
}
