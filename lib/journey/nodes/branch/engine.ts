import { conditionContextOf } from "../../../engine/conditions/condition-context";
import { evaluateCondition } from "../../../engine/conditions/evaluate-condition";
import { explainCondition } from "../../../engine/conditions/explain-condition";
import { valuesSeen } from "../../../engine/conditions/values-seen";
import type { TNodeOutcome, TNodeRunInput } from "../../../engine/types";
import type { TBranchData } from "./schema";

/**
 * The first path whose condition matches, in order, else `else`. Engagement conditions read what
 * the named message node sent on this enrollment (the context's engagement, keyed by node id).
 * The log line names the condition that matched and the values the branch saw, so the live step
 * log and the preview both say why: "took path 'VIP' (plan is "pro"; saw plan = "pro")".
 */
export function runBranch(data: TBranchData, input: TNodeRunInput): TNodeOutcome {
  const ctx = conditionContextOf(input.context);
  const path = data.paths.find((p) => evaluateCondition(p.condition, ctx, input.now));
  if (path) {
    const saw = valuesSeen([path.condition], ctx, input.now);
    const because = [explainCondition(path.condition, ctx, input.now), ...(saw.length > 0 ? [`saw ${saw.join(", ")}`] : [])].join("; ");
    return { kind: "continue", handle: path.id, action: "branched", reason: `took path '${path.label || path.id}' (${because})` };
  }
  const saw = valuesSeen(data.paths.map((p) => p.condition), ctx, input.now);
  return { kind: "continue", handle: "else", action: "branched", reason: `took path 'Else' (no path matched${saw.length > 0 ? `; saw ${saw.join(", ")}` : ""})` };
}
