import { durationToMs } from "../../duration";
import type { TNodeDefinition } from "../node-definition";
import { defaultWaitData } from "./defaults";
import { runWait } from "./engine";
import { waitHandles } from "./handles";
import { summarizeWait, waitDescription, waitLabel } from "./label";
import { ZWaitData, ZWaitNode } from "./schema";
import { validateWait } from "./validate";

export * from "./schema";

export const waitNode: TNodeDefinition<"wait", typeof ZWaitData> = {
  type: "wait",
  label: waitLabel,
  description: waitDescription,
  category: "flow",
  icon: "Clock",
  nodeSchema: ZWaitNode,
  dataSchema: ZWaitData,
  defaultData: defaultWaitData,
  handles: waitHandles,
  summarize: summarizeWait,
  conditions: () => [],
  waits: true,
  // A time-of-day wait may end a minute after arrival, so only a fixed duration is a sure delay.
  minDelayMs: (data) => (data.mode === "duration" ? durationToMs(data.duration) : 0),
  validate: validateWait,
  run: runWait,
};
