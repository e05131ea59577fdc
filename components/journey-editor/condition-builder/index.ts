export { ConditionBuilder, describeOptionsFor } from "./condition-builder";
export { OptionalCondition } from "./optional-condition";
export { SegmentSelect, NoSegmentsHint } from "./leaf-fields";
