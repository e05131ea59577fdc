import { conditionNodeRefs } from "../conditions/walk-condition";
import { getNodeDefinition } from "../registry";
import { reachableFrom, type TGraphIndex } from "./graph-index";
import type { TValidationIssue } from "./types";

/**
 * "Opened the email" conditions point at a message step that exists and comes earlier on some
 * path; otherwise the condition can never be true when it is checked.
 */
export function checkEngagementReferences(index: TGraphIndex): TValidationIssue[] {
  const issues: TValidationIssue[] = [];
  const downstreamOf = new Map<string, Set<string>>();
  for (const node of index.parsed.values()) {
    const conditions = getNodeDefinition(node.type)?.conditions(node.data) ?? [];
    const refs = new Set(conditions.flatMap((c) => conditionNodeRefs(c)));
    for (const ref of refs) {
      if (ref.trim() === "") continue; // blank refs are reported by the condition checks
      const type = index.types.get(ref);
      if (type === undefined) {
        issues.push({ nodeId: node.id, severity: "error", code: "engagement-step-missing", message: `A condition reads engagement with step "${ref}", which does not exist.`, fix: "Pick an existing message step in the condition." });
        continue;
      }
      if (type !== "message") {
        issues.push({ nodeId: node.id, severity: "error", code: "engagement-step-not-message", message: `A condition reads engagement with step "${ref}", which sends no message.`, fix: "Pick a message step in the condition." });
        continue;
      }
      const downstream = downstreamOf.get(ref) ?? reachableFrom(index, [ref]);
      downstreamOf.set(ref, downstream);
      if (!downstream.has(node.id)) {
        issues.push({ nodeId: node.id, severity: "warning", code: "engagement-step-not-upstream", message: `The message step "${ref}" does not come before this step, so its engagement is never known here.`, fix: "Pick a message step on the way to this one." });
      }
    }
  }
  return issues;
}
