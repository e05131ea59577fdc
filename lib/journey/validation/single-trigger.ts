import { triggerIds, type TGraphIndex } from "./graph-index";
import type { TValidationIssue } from "./types";

/** Exactly one trigger, and nothing leads back into it (entry is the trigger's job alone). */
export function checkSingleTrigger(index: TGraphIndex): TValidationIssue[] {
  const triggers = triggerIds(index);
  const issues: TValidationIssue[] = [];
  if (triggers.length === 0) {
    issues.push({ severity: "error", code: "trigger-missing", message: "The journey has no trigger.", fix: "Add a trigger to say how profiles enter." });
  }
  for (const extra of triggers.slice(1)) {
    issues.push({ nodeId: extra, severity: "error", code: "trigger-multiple", message: "A journey has one trigger; this is an extra one.", fix: "Delete this trigger, or move its path into a separate journey." });
  }
  for (const edges of index.out.values()) {
    for (const edge of edges) {
      if (triggers.includes(edge.target)) {
        issues.push({ edgeId: edge.edgeId, nodeId: edge.target, severity: "error", code: "trigger-has-incoming", message: "A connection leads back into the trigger.", fix: "Connect it to the step after the trigger instead." });
      }
    }
  }
  return issues;
}
