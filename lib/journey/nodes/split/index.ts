import type { TNodeDefinition } from "../node-definition";
import { defaultSplitData } from "./defaults";
import { runSplit } from "./engine";
import { splitHandles } from "./handles";
import { splitDescription, splitLabel, summarizeSplit } from "./label";
import { ZSplitData, ZSplitNode } from "./schema";
import { validateSplit } from "./validate";

export * from "./schema";

export const splitNode: TNodeDefinition<"split", typeof ZSplitData> = {
  type: "split",
  label: splitLabel,
  description: splitDescription,
  category: "logic",
  icon: "Split",
  nodeSchema: ZSplitNode,
  dataSchema: ZSplitData,
  defaultData: defaultSplitData,
  handles: splitHandles,
  summarize: summarizeSplit,
  conditions: () => [],
  waits: false,
  minDelayMs: () => 0,
  validate: validateSplit,
  run: runSplit,
};
