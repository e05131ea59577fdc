import { canReach, reachableFrom, triggerIds, type TGraphIndex } from "./graph-index";
import type { TValidationIssue } from "./types";

/**
 * Every path ends in an exit. Dead ends are open outputs (reported by the handle rule), so what is
 * left to find are traps: steps from which, with every output connected, no exit can ever be
 * reached, so the profile circles for ever.
 */
export function checkPathsEndInExit(index: TGraphIndex): TValidationIssue[] {
  const triggers = triggerIds(index);
  if (triggers.length === 0) return [];
  const ends = index.nodeIds.filter((id) => {
    if (index.types.get(id) === "exit") return true;
    const handles = index.handles.get(id);
    // Open or unknowable outputs are already errors elsewhere; counting them as ends avoids echoes.
    if (!handles) return true;
    const used = new Set((index.out.get(id) ?? []).map((edge) => edge.handle));
    return handles.some((h) => !used.has(h.id));
  });
  const canEnd = canReach(index, ends);
  return [...reachableFrom(index, triggers)]
    .filter((id) => !canEnd.has(id))
    .map((id) => ({
      nodeId: id,
      severity: "error" as const,
      code: "path-without-exit",
      message: "Profiles that reach this step can never leave the journey: no path from here ends in an exit.",
      fix: "Give the loop a way out, e.g. a branch or wait-for-event timeout that leads to an exit.",
    }));
}
