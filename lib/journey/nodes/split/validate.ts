import { nodeIssue } from "../../validation/issue";
import type { TValidationIssue } from "../../validation/types";
import type { TNodeValidationContext } from "../node-definition";
import { labelProblems } from "../unique-ids";
import type { TSplitNode } from "./schema";

/** Shares are compared with a tolerance: 33.3 + 33.3 + 33.4 must read as 100 despite floating point. */
const EPSILON = 1e-6;

/** Variant shares plus the holdout make 100%; variants carry distinct labels for the results table. */
export function validateSplit(node: TSplitNode, _ctx: TNodeValidationContext): TValidationIssue[] {
  const { variants, holdoutPercent = 0 } = node.data;
  const issues: TValidationIssue[] = [];
  const total = variants.reduce((sum, v) => sum + v.percent, 0) + holdoutPercent;
  if (Math.abs(total - 100) > EPSILON) {
    const shown = Math.round(total * 100) / 100;
    issues.push(nodeIssue(node.id, "error", "split-percent-sum", `The shares add up to ${shown}%, not 100%.`, "Adjust the variant and holdout percentages so they total 100."));
  }
  const { blank, repeated } = labelProblems(variants.map((v) => v.label));
  for (const index of blank) {
    issues.push(nodeIssue(node.id, "error", "split-label-missing", `Variant ${index + 1} has no label.`, "Name the variant, e.g. \"10% off\"."));
  }
  for (const index of repeated) {
    issues.push(nodeIssue(node.id, "error", "split-label-duplicate", `Two variants are labelled "${variants[index]?.label ?? ""}".`, "Give every variant a distinct label."));
  }
  if (variants.length === 1 && holdoutPercent === 0) {
    issues.push(nodeIssue(node.id, "warning", "split-single-variant", "A split with one variant and no holdout divides nothing.", "Add a variant or a holdout, or remove the split."));
  }
  variants.forEach((v) => {
    if (v.percent === 0) {
      issues.push(nodeIssue(node.id, "warning", "split-empty-variant", `Variant "${v.label || v.id}" gets 0% of profiles.`, "Give it a share, or remove it."));
    }
  });
  return issues;
}
