import { conditionContextOf } from "../../../engine/conditions/condition-context";
import { evaluateCondition } from "../../../engine/conditions/evaluate-condition";
import { explainCondition } from "../../../engine/conditions/explain-condition";
import type { TNodeOutcome, TNodeRunInput } from "../../../engine/types";
import { describeCondition } from "../../conditions/describe-condition";
import type { TSuppressData } from "./schema";

/**
 * Profiles matching the condition are suppressed: they exit, or take the `suppressed` path, with
 * the reason in the log (`suppressed: performed "Order Completed" 2 h ago`). Others continue.
 */
export function runSuppress(data: TSuppressData, input: TNodeRunInput): TNodeOutcome {
  const ctx = conditionContextOf(input.context);
  if (!evaluateCondition(data.condition, ctx, input.now)) {
    return { kind: "continue", handle: "next", action: "passed", reason: `not suppressed: no match for ${describeCondition(data.condition)}` };
  }
  const reason = `suppressed: ${explainCondition(data.condition, ctx, input.now)}`;
  return data.onSuppress === "exit"
    ? { kind: "end", state: "exited", action: "suppressed", reason }
    : { kind: "continue", handle: "suppressed", action: "suppressed", reason };
}
