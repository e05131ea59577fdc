import { checkCondition } from "../../conditions/check-condition";
import { conditionIssues } from "../../validation/issue";
import type { TValidationIssue } from "../../validation/types";
import type { TNodeValidationContext } from "../node-definition";
import type { TSuppressNode } from "./schema";

/** The suppression rule is complete (an empty group would suppress everyone). */
export function validateSuppress(node: TSuppressNode, ctx: TNodeValidationContext): TValidationIssue[] {
  return conditionIssues(node.id, "Suppression rule", checkCondition(node.data.condition, { segments: ctx.options.segments }));
}
