import type { TNodeDefinition } from "../node-definition";
import { defaultSuppressData } from "./defaults";
import { runSuppress } from "./engine";
import { suppressHandles } from "./handles";
import { summarizeSuppress, suppressDescription, suppressLabel } from "./label";
import { ZSuppressData, ZSuppressNode } from "./schema";
import { validateSuppress } from "./validate";

export * from "./schema";

export const suppressNode: TNodeDefinition<"suppress", typeof ZSuppressData> = {
  type: "suppress",
  label: suppressLabel,
  description: suppressDescription,
  category: "logic",
  icon: "ShieldOff",
  nodeSchema: ZSuppressNode,
  dataSchema: ZSuppressData,
  defaultData: defaultSuppressData,
  handles: suppressHandles,
  summarize: summarizeSuppress,
  conditions: (data) => [data.condition],
  waits: false,
  minDelayMs: () => 0,
  validate: validateSuppress,
  run: runSuppress,
};
