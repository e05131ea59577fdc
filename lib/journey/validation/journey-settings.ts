import { checkCondition } from "../conditions/check-condition";
import { conditionNodeRefs } from "../conditions/walk-condition";
import type { TCondition } from "../conditions/schema";
import type { TGraphIndex } from "./graph-index";
import type { TValidationContext, TValidationIssue } from "./types";

function settingsConditionIssues(where: string, condition: TCondition, index: TGraphIndex, options: TValidationContext): TValidationIssue[] {
  const issues: TValidationIssue[] = checkCondition(condition, { segments: options.segments }).map((p) => ({
    severity: p.severity,
    code: "condition-incomplete",
    message: `${where}: ${p.message}`,
    fix: p.fix,
  }));
  for (const ref of conditionNodeRefs(condition)) {
    if (ref.trim() !== "" && index.types.get(ref) !== "message") {
      issues.push({ severity: "error", code: "engagement-step-missing", message: `${where}: step "${ref}" is not a message step of this journey.`, fix: "Pick a message step of this journey." });
    }
  }
  return issues;
}

/** The goal filter and exit criteria are complete and point at real steps. */
export function checkJourneySettings(index: TGraphIndex, options: TValidationContext): TValidationIssue[] {
  const settings = options.settings;
  if (!settings) return [];
  return [
    ...(settings.goal?.where ? settingsConditionIssues("Goal filter", settings.goal.where, index, options) : []),
    ...(settings.exitCriteria ? settingsConditionIssues("Exit criteria", settings.exitCriteria, index, options) : []),
  ];
}
