import { checkCondition } from "../../conditions/check-condition";
import { conditionIssues, nodeIssue } from "../../validation/issue";
import type { TValidationIssue } from "../../validation/types";
import type { TNodeValidationContext } from "../node-definition";
import { labelProblems } from "../unique-ids";
import type { TBranchNode } from "./schema";

/**
 * At least one path; labels present and distinct (they name the handles and the analytics rows);
 * complete conditions. The `else` handle's connection is the graph-wide handle rule's job.
 */
export function validateBranch(node: TBranchNode, ctx: TNodeValidationContext): TValidationIssue[] {
  const { paths } = node.data;
  const issues: TValidationIssue[] = [];
  if (paths.length === 0) {
    issues.push(nodeIssue(node.id, "error", "branch-no-paths", "The branch has no paths, only else.", "Add a path with a condition, or remove the branch."));
  }
  const { blank, repeated } = labelProblems(paths.map((p) => p.label));
  for (const index of blank) {
    issues.push(nodeIssue(node.id, "error", "branch-label-missing", `Path ${index + 1} has no label.`, "Name the path, e.g. \"Opened\"."));
  }
  for (const index of repeated) {
    const label = paths[index]?.label ?? "";
    issues.push(nodeIssue(node.id, "error", "branch-label-duplicate", `Two paths are labelled "${label}".`, "Give every path a distinct label."));
  }
  paths.forEach((path, index) => {
    const where = `Branch path "${path.label || index + 1}"`;
    issues.push(...conditionIssues(node.id, where, checkCondition(path.condition, { segments: ctx.options.segments })));
  });
  return issues;
}
