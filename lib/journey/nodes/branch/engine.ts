import { conditionContextOf } from "../../../engine/conditions/condition-context";
import { evaluateCondition } from "../../../engine/conditions/evaluate-condition";
import type { TNodeOutcome, TNodeRunInput } from "../../../engine/types";
import type { TBranchData } from "./schema";

/**
 * The first path whose condition matches, in order, else `else`. Engagement conditions read what
 * the named message node sent on this enrollment (the context's engagement, keyed by node id).
 */
export function runBranch(data: TBranchData, input: TNodeRunInput): TNodeOutcome {
  const ctx = conditionContextOf(input.context);
  const path = data.paths.find((p) => evaluateCondition(p.condition, ctx, input.now));
  if (path) return { kind: "continue", handle: path.id, action: "branched", reason: `took path '${path.label || path.id}'` };
  return { kind: "continue", handle: "else", action: "branched", reason: "took path 'Else' (no path matched)" };
}
