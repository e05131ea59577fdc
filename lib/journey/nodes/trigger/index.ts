import type { TNodeDefinition } from "../node-definition";
import { defaultTriggerData } from "./defaults";
import { runTrigger } from "./engine";
import { triggerHandles } from "./handles";
import { summarizeTrigger, triggerDescription, triggerLabel } from "./label";
import { ZTriggerData, ZTriggerNode } from "./schema";
import { validateTrigger } from "./validate";

export * from "./schema";

export const triggerNode: TNodeDefinition<"trigger", typeof ZTriggerData> = {
  type: "trigger",
  label: triggerLabel,
  description: triggerDescription,
  category: "flow",
  icon: "Zap",
  nodeSchema: ZTriggerNode,
  dataSchema: ZTriggerData,
  defaultData: defaultTriggerData,
  handles: triggerHandles,
  summarize: summarizeTrigger,
  conditions: (data) => (data.source.kind === "event" && data.source.where ? [data.source.where] : []),
  waits: false,
  minDelayMs: () => 0,
  validate: validateTrigger,
  run: runTrigger,
};
