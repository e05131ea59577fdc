import type { TJourneyEdge, TJourneyGraph, TJourneyNode } from "../graph";
import { exit, link, send, sendLinks, step } from "../templates/template-kit";

/** Test graphs built from readable ids. Not used by production code. */

/** trigger → email → exit: the smallest journey that validates cleanly. */
export function linearJourney(): TJourneyGraph {
  return {
    nodes: [step("trigger", "trigger", { source: { kind: "event", event: "Signed Up" }, reentry: "never" }), send("email", "email", "welcome"), exit("done", "Done")],
    edges: [link("trigger", "next", "email"), ...sendLinks("email", "done")],
  };
}

/** A graph with `nodes` added and `edges` replacing the edges whose (source, handle) they reuse. */
export function withChanges(graph: TJourneyGraph, change: { nodes?: TJourneyNode[]; edges?: TJourneyEdge[]; removeEdges?: string[] }): TJourneyGraph {
  const replaced = new Set((change.edges ?? []).map((e) => `${e.source}:${e.sourceHandle}`));
  const removed = new Set(change.removeEdges ?? []);
  return {
    nodes: [...graph.nodes, ...(change.nodes ?? [])],
    edges: [...graph.edges.filter((e) => !replaced.has(`${e.source}:${e.sourceHandle}`) && !removed.has(e.id)), ...(change.edges ?? [])],
  };
}

/** trigger → `node` → exit, connecting each of the node's handles listed in `handles` to the exit. */
export function around(node: TJourneyNode, handles: string[]): TJourneyGraph {
  return {
    nodes: [step("trigger", "trigger", { source: { kind: "api" }, reentry: "never" }), node, exit("done", "Done")],
    edges: [link("trigger", "next", node.id), ...handles.map((h) => link(node.id, h, "done"))],
  };
}

export { exit, link, send, sendLinks, step };
