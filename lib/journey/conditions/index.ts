export * from "./schema";
export { describeCondition, type TDescribeOptions } from "./describe-condition";
export { conditionNodeRefs, conditionSegmentRefs, flattenCondition, MAX_CONDITION_DEPTH } from "./walk-condition";
export { checkCondition, checkSegment, type TCheckConditionOptions, type TConditionProblem } from "./check-condition";
export { ZDuration, durationToMs, describeDuration, type TDuration } from "../duration";
