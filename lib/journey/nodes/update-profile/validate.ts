import { nodeIssue } from "../../validation/issue";
import type { TValidationIssue } from "../../validation/types";
import type { TNodeValidationContext } from "../node-definition";
import type { TUpdateProfileNode } from "./schema";

/** At least one change, and every change names its trait. */
export function validateUpdateProfile(node: TUpdateProfileNode, _ctx: TNodeValidationContext): TValidationIssue[] {
  const { assignments } = node.data;
  if (assignments.length === 0) {
    return [nodeIssue(node.id, "warning", "update-profile-empty", "This step changes nothing.", "Add a trait to set, or remove the step.")];
  }
  return assignments.flatMap((a, index) =>
    a.trait.trim() === ""
      ? [nodeIssue(node.id, "error", "update-profile-trait-missing", `Change ${index + 1} names no trait.`, "Enter the trait to change, e.g. plan.")]
      : [],
  );
}
