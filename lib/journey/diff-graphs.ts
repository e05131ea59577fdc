import type { TJourneyGraph } from "./graph";

export type TGraphDiff = { added: string[]; removed: string[]; changed: string[] };

/** Structural equality for JSON values, blind to key order (stored JSON may reorder keys). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const otherKeys = Object.keys(rb).filter((k) => rb[k] !== undefined);
  return keys.length === otherKeys.length && keys.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && sameJson(ra[k], rb[k]));
}

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
    else if (previous.type !== node.type || !sameJson(previous.data, node.data)) changed.push(node.id);
  }
  const removed = before.nodes.filter((node) => !now.has(node.id)).map((node) => node.id);
  return { added, removed, changed };
}
