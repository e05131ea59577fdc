/**
 * Pure converters between the stored journey graph and React Flow's state. The stored graph
 * stays the source of truth; React Flow's extra fields (selection, measured sizes) never leak
 * into what is saved.
 */
import type { Edge, Node } from "@xyflow/react";
import type { TJourneyGraph, TJourneyNode } from "@/lib/journey/graph";

export type TNodeType = TJourneyNode["type"];
export type TFlowNode = Node<{ node: TJourneyNode }, TNodeType>;
export type TFlowEdge = Edge;

/** Stored graph → React Flow nodes and edges. */
export function graphToFlow(graph: TJourneyGraph): { nodes: TFlowNode[]; edges: TFlowEdge[] } {
  return {
    nodes: graph.nodes.map((node) => ({ id: node.id, type: node.type, position: { ...node.position }, data: { node } })),
    // Outputs are labelled on the node cards themselves, so edges carry no labels of their own.
    edges: graph.edges.map((edge) => ({ id: edge.id, source: edge.source, sourceHandle: edge.sourceHandle, target: edge.target })),
  };
}

/** React Flow state → stored graph (positions rounded; selection and sizes dropped). */
export function flowToGraph(nodes: TFlowNode[], edges: TFlowEdge[]): TJourneyGraph {
  return {
    nodes: nodes.map((n) => ({ ...n.data.node, id: n.id, position: { x: Math.round(n.position.x), y: Math.round(n.position.y) } }) as TJourneyNode),
    edges: edges.map((e) => ({ id: e.id, source: e.source, sourceHandle: e.sourceHandle ?? "next", target: e.target })),
  };
}
