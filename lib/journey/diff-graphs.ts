import type { TJourneyGraph } from "./graph";
import { isSameJson } from "./same-json";

export type TGraphDiff = { added: string[]; removed: string[]; changed: string[] };

/**
 * Which steps a new version adds, removes or changes (same id, different type or data), for the
 * publish dialog and version history. Positions are ignored: moving a card changes no behaviour.
 * Ids keep `after`'s order for added and changed, `before`'s for removed.
 */
export function diffGraphs(before: TJourneyGraph, after: TJourneyGraph): TGraphDiff {
  const old = new Map(before.nodes.map((node) => [node.id, node]));
  const now = new Set(after.nodes.map((node) => node.id));
  const added: string[] = [];
  const changed: string[] = [];
  for (const node of after.nodes) {
    const previous = old.get(node.id);
    if (!previous) added.push(node.id);
    else if (previous.type !== node.type || !isSameJson(previous.data, node.data)) changed.push(node.id);
  }
  const removed = before.nodes.filter((node) => !now.has(node.id)).map((node) => node.id);
  return { added, removed, changed };
}
