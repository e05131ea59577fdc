import { describeDuration, durationToMs } from "../duration";
import { getNodeDefinition } from "../registry";
import { triggerIds, type TGraphIndex } from "./graph-index";
import type { TValidationContext, TValidationIssue } from "./types";

/** Least time from entry to each step, over the waits on the way (Dijkstra; graphs are small). */
function earliestArrivalMs(index: TGraphIndex): Map<string, number> {
  const best = new Map<string, number>(triggerIds(index).map((id) => [id, 0]));
  const done = new Set<string>();
  for (;;) {
    let current: string | undefined;
    for (const [id, ms] of best) if (!done.has(id) && (current === undefined || ms < (best.get(current) ?? Infinity))) current = id;
    if (current === undefined) return best;
    done.add(current);
    const node = index.parsed.get(current);
    const definition = node ? getNodeDefinition(node.type) : undefined;
    for (const edge of index.out.get(current) ?? []) {
      const delay = node && definition ? definition.minDelayMs(node.data, edge.handle) : 0;
      const arrival = (best.get(current) ?? 0) + (Number.isFinite(delay) && delay > 0 ? delay : 0);
      if (arrival < (best.get(edge.target) ?? Infinity)) best.set(edge.target, arrival);
    }
  }
}

/**
 * A message sent only after the goal window has closed cannot drive a conversion that counts:
 * warn on each message step whose earliest possible send is later than the window.
 */
export function checkGoalWindow(index: TGraphIndex, options: TValidationContext): TValidationIssue[] {
  const goal = options.settings?.goal;
  if (!goal) return [];
  const windowMs = durationToMs(goal.within);
  const arrivals = earliestArrivalMs(index);
  return index.nodeIds
    .filter((id) => index.types.get(id) === "message" && (arrivals.get(id) ?? 0) > windowMs)
    .map((id) => ({
      nodeId: id,
      severity: "warning" as const,
      code: "goal-window-short",
      message: `This message goes out at least ${formatHours(arrivals.get(id) ?? 0)} after entry, but the goal window is ${describeDuration(goal.within)}: conversions it drives will not count.`,
      fix: "Lengthen the goal window, or shorten the waits before this step.",
    }));
}

function formatHours(ms: number): string {
  const hours = ms / 3_600_000;
  return hours >= 48 && hours % 24 === 0 ? `${hours / 24} days` : `${Math.round(hours * 10) / 10} hours`;
}
