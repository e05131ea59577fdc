import { definitionOf, type TGraphIndex } from "./graph-index";
import type { TValidationIssue } from "./types";

/** Every output of every step leads somewhere: a profile must always know where to go next. */
export function checkHandlesConnected(index: TGraphIndex): TValidationIssue[] {
  const issues: TValidationIssue[] = [];
  for (const id of index.nodeIds) {
    const handles = index.handles.get(id);
    if (!handles) continue;
    const used = new Set((index.out.get(id) ?? []).map((edge) => edge.handle));
    const stepLabel = definitionOf(index, id)?.label ?? "step";
    for (const handle of handles) {
      if (used.has(handle.id)) continue;
      issues.push({
        nodeId: id,
        severity: "error",
        code: "handle-unconnected",
        message: `The "${handle.label}" output of this ${stepLabel.toLowerCase()} is not connected.`,
        fix: "Connect it to the next step, or to an exit.",
      });
    }
  }
  return issues;
}
