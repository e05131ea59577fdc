import type { TCondition } from "./schema";

/** Bound on nesting, so a hostile or corrupted tree cannot exhaust the stack of a walker. */
export const MAX_CONDITION_DEPTH = 64;

/**
 * Every condition in a tree, parents before children (depth-first, in order). Nodes deeper than
 * {@link MAX_CONDITION_DEPTH} are not visited.
 */
export function flattenCondition(condition: TCondition): TCondition[] {
  const out: TCondition[] = [];
  const stack: { condition: TCondition; depth: number }[] = [{ condition, depth: 0 }];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === undefined || next.depth > MAX_CONDITION_DEPTH) continue;
    out.push(next.condition);
    const c = next.condition;
    // Array checks keep the walk safe on trees that skipped parsing (validation must not throw).
    if ((c.kind === "all" || c.kind === "any") && Array.isArray(c.conditions)) {
      for (let i = c.conditions.length - 1; i >= 0; i--) {
        const child = c.conditions[i];
        if (child !== undefined) stack.push({ condition: child, depth: next.depth + 1 });
      }
    } else if (c.kind === "not" && c.condition !== undefined) {
      stack.push({ condition: c.condition, depth: next.depth + 1 });
    }
  }
  return out;
}

/** Ids of the message nodes whose engagement the tree reads, first mention first, without repeats. */
export function conditionNodeRefs(condition: TCondition): string[] {
  const ids = flattenCondition(condition).flatMap((c) => (c.kind === "engagement" ? [c.nodeId] : []));
  return [...new Set(ids)];
}

/** Ids of the segments the tree reads, without repeats. */
export function conditionSegmentRefs(condition: TCondition): string[] {
  const ids = flattenCondition(condition).flatMap((c) => (c.kind === "segment" ? [c.segmentId] : []));
  return [...new Set(ids)];
}
