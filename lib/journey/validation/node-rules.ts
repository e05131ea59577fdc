import type { TJourneyGraph } from "../graph";
import { getNodeDefinition } from "../registry";
import type { TGraphIndex } from "./graph-index";
import type { TValidationContext, TValidationIssue } from "./types";

/** Each step's own rules (from its folder's validate.ts), for steps whose data could be read. */
export function checkNodeRules(index: TGraphIndex, graph: TJourneyGraph, options: TValidationContext): TValidationIssue[] {
  return [...index.parsed.values()].flatMap((node) => getNodeDefinition(node.type)?.validate(node, { graph, options }) ?? []);
}
