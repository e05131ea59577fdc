import type { TConditionProblem } from "../conditions/check-condition";
import type { TValidationIssue, TValidationSeverity } from "./types";

/** A finding about one node. */
export function nodeIssue(nodeId: string, severity: TValidationSeverity, code: string, message: string, fix: string): TValidationIssue {
  return { nodeId, severity, code, message, fix };
}

/**
 * Condition problems as issues on the node that holds the condition; `where` names the place
 * ("Branch path \"VIP\"") so two conditions of one node stay distinguishable.
 */
export function conditionIssues(nodeId: string, where: string, problems: TConditionProblem[]): TValidationIssue[] {
  return problems.map((p) => nodeIssue(nodeId, p.severity, "condition-incomplete", `${where}: ${p.message}`, p.fix));
}
