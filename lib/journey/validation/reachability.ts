import { reachableFrom, triggerIds, type TGraphIndex } from "./graph-index";
import type { TValidationIssue } from "./types";

/** Every step can be reached from the trigger; an orphan would never run. */
export function checkReachability(index: TGraphIndex): TValidationIssue[] {
  const triggers = triggerIds(index);
  // Without a trigger everything is unreachable; the missing trigger is the one thing to report.
  if (triggers.length === 0) return [];
  const reached = reachableFrom(index, triggers);
  return index.nodeIds
    .filter((id) => !reached.has(id))
    .map((id) => ({ nodeId: id, severity: "error" as const, code: "node-unreachable", message: "No path from the trigger reaches this step.", fix: "Connect an earlier step to it, or delete it." }));
}
