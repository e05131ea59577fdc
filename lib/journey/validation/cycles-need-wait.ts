import { definitionOf, type TGraphIndex } from "./graph-index";
import { stronglyConnectedComponents } from "./strongly-connected";
import type { TValidationIssue } from "./types";

/**
 * No loop without a wait on it. The engine runs instantaneous steps back to back; a loop of them
 * would re-send messages in one tick until the step bound stops it. A loop avoids waits exactly
 * when it lies among the non-waiting steps, so we look for cycles in that subgraph alone.
 */
export function checkCyclesNeedWait(index: TGraphIndex): TValidationIssue[] {
  const instant = new Set(index.nodeIds.filter((id) => definitionOf(index, id)?.waits !== true));
  const successors = (id: string) => (index.out.get(id) ?? []).map((edge) => edge.target).filter((target) => instant.has(target));
  const issues: TValidationIssue[] = [];
  for (const component of stronglyConnectedComponents([...instant], successors)) {
    // Self-loops are refused outright by the integrity rule, so only real multi-step loops count.
    if (component.length < 2) continue;
    const members = new Set(component);
    for (const id of index.nodeIds.filter((nodeId) => members.has(nodeId))) {
      issues.push({
        nodeId: id,
        severity: "error",
        code: "cycle-without-wait",
        message: `This step is on a loop of ${component.length} steps with no wait, so a profile could go round it endlessly in an instant.`,
        fix: "Add a wait or a wait-for-event step on the loop, or break the loop.",
      });
    }
  }
  return issues;
}
