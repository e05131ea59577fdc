import { checkCondition } from "../../conditions/check-condition";
import { durationToMs } from "../../duration";
import { conditionIssues, nodeIssue } from "../../validation/issue";
import type { TValidationIssue } from "../../validation/types";
import type { TNodeValidationContext } from "../node-definition";
import type { TWaitForEventNode } from "./schema";

/** Names its event and has a timeout greater than zero, so nobody waits forever. */
export function validateWaitForEvent(node: TWaitForEventNode, ctx: TNodeValidationContext): TValidationIssue[] {
  const issues: TValidationIssue[] = [];
  if (node.data.event.trim() === "") {
    issues.push(nodeIssue(node.id, "error", "wait-for-event-event-missing", "No event to wait for.", "Choose the event that ends the wait."));
  }
  const timeoutMs = node.data.timeout ? durationToMs(node.data.timeout) : Number.NaN;
  if (!(timeoutMs > 0)) {
    issues.push(nodeIssue(node.id, "error", "wait-for-event-timeout-invalid", "The timeout must be longer than zero.", "Enter a timeout such as 3 days."));
  }
  if (node.data.where) issues.push(...conditionIssues(node.id, "Event filter", checkCondition(node.data.where, { segments: ctx.options.segments })));
  return issues;
}
