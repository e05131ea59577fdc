import type { TNodeDefinition } from "../node-definition";
import { defaultMessageData } from "./defaults";
import { runMessage } from "./engine";
import { messageHandles } from "./handles";
import { messageDescription, messageLabel, summarizeMessage } from "./label";
import { ZMessageData, ZMessageNode } from "./schema";
import { validateMessage } from "./validate";

export * from "./schema";

export const messageNode: TNodeDefinition<"message", typeof ZMessageData> = {
  type: "message",
  label: messageLabel,
  description: messageDescription,
  category: "action",
  icon: "Mail",
  nodeSchema: ZMessageNode,
  dataSchema: ZMessageData,
  defaultData: defaultMessageData,
  handles: messageHandles,
  summarize: summarizeMessage,
  conditions: () => [],
  // Deferral is bounded by quiet hours / the cap window, but may be zero, so it is not a loop guard.
  waits: false,
  minDelayMs: () => 0,
  validate: validateMessage,
  run: runMessage,
};
