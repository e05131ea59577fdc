import type { TNodeDefinition } from "../node-definition";
import { defaultUpdateProfileData } from "./defaults";
import { runUpdateProfile } from "./engine";
import { updateProfileHandles } from "./handles";
import { summarizeUpdateProfile, updateProfileDescription, updateProfileLabel } from "./label";
import { ZUpdateProfileData, ZUpdateProfileNode } from "./schema";
import { validateUpdateProfile } from "./validate";

export * from "./schema";

export const updateProfileNode: TNodeDefinition<"updateProfile", typeof ZUpdateProfileData> = {
  type: "updateProfile",
  label: updateProfileLabel,
  description: updateProfileDescription,
  category: "action",
  icon: "UserPen",
  nodeSchema: ZUpdateProfileNode,
  dataSchema: ZUpdateProfileData,
  defaultData: defaultUpdateProfileData,
  handles: updateProfileHandles,
  summarize: summarizeUpdateProfile,
  conditions: () => [],
  waits: false,
  minDelayMs: () => 0,
  validate: validateUpdateProfile,
  run: runUpdateProfile,
};
