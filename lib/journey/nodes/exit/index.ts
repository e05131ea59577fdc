import type { TNodeDefinition } from "../node-definition";
import { defaultExitData } from "./defaults";
import { runExit } from "./engine";
import { exitHandles } from "./handles";
import { exitDescription, exitLabel, summarizeExit } from "./label";
import { ZExitData, ZExitNode } from "./schema";
import { validateExit } from "./validate";

export * from "./schema";

export const exitNode: TNodeDefinition<"exit", typeof ZExitData> = {
  type: "exit",
  label: exitLabel,
  description: exitDescription,
  category: "flow",
  icon: "LogOut",
  nodeSchema: ZExitNode,
  dataSchema: ZExitData,
  defaultData: defaultExitData,
  handles: exitHandles,
  summarize: summarizeExit,
  conditions: () => [],
  waits: false,
  minDelayMs: () => 0,
  validate: validateExit,
  run: runExit,
};
