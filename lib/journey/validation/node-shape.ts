import { NODE_TYPES } from "../graph";
import { isNodeType } from "../registry";
import type { TGraphIndex } from "./graph-index";
import type { TValidationIssue } from "./types";

/**
 * Nodes the other rules cannot read: no id, an unknown type, or data that does not fit the type.
 * Parsed graphs never have these; drafts that skipped parsing might.
 */
export function checkNodeShapes(index: TGraphIndex): TValidationIssue[] {
  const issues: TValidationIssue[] = index.unnamedNodeIndexes.map((i) => ({
    severity: "error" as const,
    code: "node-id-missing",
    message: `Node ${i + 1} has no id.`,
    fix: "Delete the node and add it again.",
  }));
  for (const id of index.nodeIds) {
    const type = index.types.get(id);
    if (!isNodeType(type)) {
      issues.push({ nodeId: id, severity: "error", code: "node-type-unknown", message: `"${String(type)}" is not a step type.`, fix: `Replace it with one of: ${NODE_TYPES.join(", ")}.` });
    } else if (!index.parsed.has(id)) {
      issues.push({ nodeId: id, severity: "error", code: "node-data-invalid", message: "This step's settings are damaged or incomplete.", fix: "Open the step and fill in its settings again." });
    }
  }
  return issues;
}
