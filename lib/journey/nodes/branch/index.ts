import type { TNodeDefinition } from "../node-definition";
import { defaultBranchData } from "./defaults";
import { runBranch } from "./engine";
import { branchHandles } from "./handles";
import { branchDescription, branchLabel, summarizeBranch } from "./label";
import { ZBranchData, ZBranchNode } from "./schema";
import { validateBranch } from "./validate";

export * from "./schema";

export const branchNode: TNodeDefinition<"branch", typeof ZBranchData> = {
  type: "branch",
  label: branchLabel,
  description: branchDescription,
  category: "logic",
  icon: "GitBranch",
  nodeSchema: ZBranchNode,
  dataSchema: ZBranchData,
  defaultData: defaultBranchData,
  handles: branchHandles,
  summarize: summarizeBranch,
  conditions: (data) => data.paths.map((path) => path.condition),
  waits: false,
  minDelayMs: () => 0,
  validate: validateBranch,
  run: runBranch,
};
