import type { TJourneyGraph } from "./graph";
import { checkCyclesNeedWait } from "./validation/cycles-need-wait";
import { checkEngagementReferences } from "./validation/engagement-references";
import { checkGoalWindow } from "./validation/goal-window";
import { indexGraph, type TGraphIndex } from "./validation/graph-index";
import { checkGraphIntegrity } from "./validation/graph-integrity";
import { checkHandlesConnected } from "./validation/handles-connected";
import { checkJourneySettings } from "./validation/journey-settings";
import { checkNodeRules } from "./validation/node-rules";
import { checkNodeShapes } from "./validation/node-shape";
import { checkPathsEndInExit } from "./validation/paths-end-in-exit";
import { checkReachability } from "./validation/reachability";
import { checkSingleTrigger } from "./validation/single-trigger";
import type { TValidationContext, TValidationIssue } from "./validation/types";

export type { TValidationContext, TValidationIssue, TValidationSeverity } from "./validation/types";

type TRule = (index: TGraphIndex, graph: TJourneyGraph, options: TValidationContext) => TValidationIssue[];

/** Graph-wide rules, in the order their findings are listed. Node rules live in each node's folder. */
const RULES: readonly [name: string, rule: TRule][] = [
  ["node-shape", (index) => checkNodeShapes(index)],
  ["graph-integrity", (_index, graph) => checkGraphIntegrity(graph)],
  ["single-trigger", (index) => checkSingleTrigger(index)],
  ["reachability", (index) => checkReachability(index)],
  ["handles-connected", (index) => checkHandlesConnected(index)],
  ["paths-end-in-exit", (index) => checkPathsEndInExit(index)],
  ["cycles-need-wait", (index) => checkCyclesNeedWait(index)],
  ["node-rules", checkNodeRules],
  ["engagement-references", (index) => checkEngagementReferences(index)],
  ["goal-window", (index, _graph, options) => checkGoalWindow(index, options)],
  ["journey-settings", (index, _graph, options) => checkJourneySettings(index, options)],
];

/**
 * Everything that stops a journey from being published (errors) or deserves a second look
 * (warnings), each with the step it concerns and a suggested fix. `ctx` enables the checks that
 * need workspace data (templates, segments, audience consent, journey settings).
 *
 * Never throws, whatever it is given: it runs on every keystroke in the editor and on drafts that
 * may predate today's schema. Should a rule still fail, the failure becomes an `internal-error`
 * issue (tests assert it never appears) rather than taking the editor down.
 */
export function validateJourney(graph: TJourneyGraph, ctx: TValidationContext = {}): TValidationIssue[] {
  let index: TGraphIndex;
  try {
    index = indexGraph(graph);
  } catch {
    return [internalError("index")];
  }
  return RULES.flatMap(([name, rule]) => {
    try {
      return rule(index, graph, ctx ?? {});
    } catch {
      return [internalError(name)];
    }
  });
}

function internalError(rule: string): TValidationIssue {
  return {
    severity: "error",
    code: "internal-error",
    message: `The "${rule}" check could not read this journey.`,
    fix: "Reload the editor; if this persists, report the journey to support.",
  };
}

/** Whether a journey may be published: no errors (warnings are allowed). */
export function hasBlockingIssues(issues: readonly TValidationIssue[]): boolean {
  return issues.some((issue) => issue.severity === "error");
}
