/**
 * Turns a preview's decisions into what the canvas draws: which steps the profile visited and in
 * which order, which connections it took, and which it never reaches. Pure, so the canvas, the
 * "Step" control and the tests all read the same answer.
 */
import type { TJourneyGraph } from "@/lib/journey/graph";
import type { TPathMark } from "@/components/journey-editor/nodes/node-card-view";

/** The part of a decision the path needs: where it happened and which output it took. */
export type TPathStep = { nodeId: string; handle?: string };

/** One stay at a step: consecutive decisions at the same step (waiting, then resumed) are one visit. */
export type TVisit = { nodeId: string; number: number; firstStep: number; lastStep: number; handle?: string };

export type TEdgeMark = "taken" | "upcoming" | "untaken";

export type TPathMarks = {
  nodes: Record<string, TPathMark>;
  edges: Record<string, TEdgeMark>;
  /** The visits shown so far, numbered from 1. */
  visits: TVisit[];
};

/** Groups decisions into visits, numbered in order; a visit's handle is the last output one of its decisions took. */
export function pathVisits(steps: readonly TPathStep[]): TVisit[] {
  const visits: TVisit[] = [];
  steps.forEach((step, index) => {
    const last = visits.at(-1);
    if (last && last.nodeId === step.nodeId) {
      last.lastStep = index;
      if (step.handle) last.handle = step.handle;
      return;
    }
    visits.push({ nodeId: step.nodeId, number: visits.length + 1, firstStep: index, lastStep: index, ...(step.handle ? { handle: step.handle } : {}) });
  });
  return visits;
}

/**
 * The connections between consecutive visits: the edge from the earlier step to the later one,
 * through the output it took when the step says which. Moves no edge explains (a goal or exit
 * criterion ending the run) draw nothing.
 */
export function takenEdges(graph: TJourneyGraph, visits: readonly TVisit[]): string[] {
  const taken: string[] = [];
  for (let i = 1; i < visits.length; i++) {
    const from = visits[i - 1]!;
    const to = visits[i]!;
    const candidates = graph.edges.filter((edge) => edge.source === from.nodeId && edge.target === to.nodeId);
    const edge = candidates.find((c) => c.sourceHandle === from.handle) ?? candidates[0];
    if (edge) taken.push(edge.id);
  }
  return taken;
}

/**
 * The canvas decorations with the first `shown` decisions revealed (all of them at the end of a
 * run): revealed visits are numbered and their connections taken; what the rest of the run reaches
 * is `upcoming`; what the run never reaches is `untaken` (dimmed). The last revealed visit is
 * `current` while stepping (or, with `markCurrent`, where a run still waiting stands).
 */
export function pathMarks(graph: TJourneyGraph, steps: readonly TPathStep[], shown: number = steps.length, markCurrent: boolean = shown < steps.length): TPathMarks {
  const revealed = pathVisits(steps.slice(0, Math.max(0, shown)));
  const all = pathVisits(steps);
  const reached = new Set(all.map((v) => v.nodeId));
  const numbers = new Map<string, number[]>();
  for (const visit of revealed) numbers.set(visit.nodeId, [...(numbers.get(visit.nodeId) ?? []), visit.number]);
  const current = markCurrent ? revealed.at(-1)?.nodeId : undefined;

  const nodes: Record<string, TPathMark> = {};
  for (const node of graph.nodes) {
    const seen = numbers.get(node.id);
    const state = node.id === current ? "current" : seen ? "visited" : reached.has(node.id) ? "upcoming" : "untaken";
    nodes[node.id] = { state, numbers: seen ?? [] };
  }
  const takenNow = new Set(takenEdges(graph, revealed));
  const takenEver = new Set(takenEdges(graph, all));
  const edges: Record<string, TEdgeMark> = {};
  for (const edge of graph.edges) edges[edge.id] = takenNow.has(edge.id) ? "taken" : takenEver.has(edge.id) ? "upcoming" : "untaken";
  return { nodes, edges, visits: revealed };
}

/** For each decision, the number of the visit it belongs to (the number its step carries on the canvas). */
export function visitNumberOfSteps(steps: readonly TPathStep[]): number[] {
  const numbers: number[] = [];
  for (const visit of pathVisits(steps)) for (let i = visit.firstStep; i <= visit.lastStep; i++) numbers[i] = visit.number;
  return numbers;
}
