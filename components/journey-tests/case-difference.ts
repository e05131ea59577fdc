/**
 * A saved case's first difference in words: "decision 8: expected SMS “sms” sent at +1 d, got
 * skipped". Pure, so the Tests tab and the publish dialog say it the same way.
 */
import type { TJourneyGraph } from "@/lib/journey/graph";
import { getNodeDefinition } from "@/lib/journey/registry";
import type { TTestCaseOutcome } from "@/lib/preview/preview-schemas";
import { formatOffset } from "@/components/journey-preview/preview-time";

type TStep = NonNullable<NonNullable<TTestCaseOutcome["firstDifference"]>["expected"]>;

/** "Message “sms”": the step's kind and id, or the id alone when the graph no longer has it. */
export function stepName(graph: TJourneyGraph, nodeId: string): string {
  const node = graph.nodes.find((n) => n.id === nodeId);
  const label = node ? getNodeDefinition(node.type)?.label : undefined;
  return label ? `${label} “${nodeId}”` : `“${nodeId}”`;
}

function stepText(graph: TJourneyGraph, step: TStep | null): string {
  if (!step) return "the path ends";
  const at = formatOffset(new Date(0).toISOString(), new Date(step.offsetMs).toISOString());
  return `${stepName(graph, step.nodeId)} ${step.action}${step.handle ? ` → ${step.handle}` : ""} at ${at}`;
}

/** The first differing decision of a failed case, or null for a pass (or a case that could not run: see `error`). */
export function describeDifference(graph: TJourneyGraph, outcome: Pick<TTestCaseOutcome, "firstDifference">): string | null {
  const difference = outcome.firstDifference;
  if (!difference) return null;
  return `Decision ${difference.index + 1}: expected ${stepText(graph, difference.expected)}; now ${stepText(graph, difference.actual)}.`;
}
