import { nodeIssue } from "../../validation/issue";
import type { TValidationIssue } from "../../validation/types";
import type { TNodeValidationContext } from "../node-definition";
import type { TExitNode } from "./schema";

/** Exits without a reason read as "Exit" in reports; worth a nudge, not a block. */
export function validateExit(node: TExitNode, _ctx: TNodeValidationContext): TValidationIssue[] {
  return node.data.reason.trim() === ""
    ? [nodeIssue(node.id, "warning", "exit-reason-missing", "This exit has no reason.", "Name it, e.g. \"Converted\", so reports can tell exits apart.")]
    : [];
}
