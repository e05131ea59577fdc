/** A segment as the dependency graph sees it: its id and the segments its definition reads. */
export type TSegmentNode = { id: string; refs: ReadonlySet<string> | readonly string[] };

/**
 * A cycle among segment references, as the ids along it (first id repeated at the end), or null.
 * "A reads B, B reads A" and "A reads A" are both cycles.
 */
export function findSegmentCycle(nodes: readonly TSegmentNode[]): string[] | null {
  const refsOf = new Map(nodes.map((n) => [n.id, [...n.refs]]));
  const state = new Map<string, "open" | "done">();
  const trail: string[] = [];
  const visit = (id: string): string[] | null => {
    if (state.get(id) === "done") return null;
    if (state.get(id) === "open") return [...trail.slice(trail.indexOf(id)), id];
    state.set(id, "open");
    trail.push(id);
    for (const ref of refsOf.get(id) ?? []) {
      if (!refsOf.has(ref)) continue;
      const cycle = visit(ref);
      if (cycle) return cycle;
    }
    trail.pop();
    state.set(id, "done");
    return null;
  };
  for (const node of nodes) {
    const cycle = visit(node.id);
    if (cycle) return cycle;
  }
  return null;
}

/**
 * `ids` in dependency order (a segment after every segment it reads, among those given), so an
 * evaluation that walks the list sees fresh answers for "in segment A". Segments caught in a cycle
 * (refused at save; possible only in hand-edited rows) come last, in input order.
 */
export function orderSegments(nodes: readonly TSegmentNode[], ids: Iterable<string>): string[] {
  const wanted = new Set(ids);
  const refsOf = new Map(nodes.map((n) => [n.id, [...n.refs].filter((r) => wanted.has(r))]));
  const out: string[] = [];
  const placed = new Set<string>();
  let progress = true;
  while (progress) {
    progress = false;
    for (const id of wanted) {
      if (placed.has(id)) continue;
      if ((refsOf.get(id) ?? []).every((r) => placed.has(r) || r === id)) {
        out.push(id);
        placed.add(id);
        progress = true;
      }
    }
  }
  for (const id of wanted) if (!placed.has(id)) out.push(id);
  return out;
}

/** `ids` plus every segment that reads one of them, directly or through others. */
export function withDependents(nodes: readonly TSegmentNode[], ids: Iterable<string>): Set<string> {
  const result = new Set(ids);
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of nodes) {
      if (result.has(node.id)) continue;
      if ([...node.refs].some((r) => result.has(r))) {
        result.add(node.id);
        grew = true;
      }
    }
  }
  return result;
}
