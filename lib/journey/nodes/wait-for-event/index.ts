import { durationToMs } from "../../duration";
import type { TNodeDefinition } from "../node-definition";
import { defaultWaitForEventData } from "./defaults";
import { runWaitForEvent } from "./engine";
import { waitForEventHandles } from "./handles";
import { summarizeWaitForEvent, waitForEventDescription, waitForEventLabel } from "./label";
import { ZWaitForEventData, ZWaitForEventNode } from "./schema";
import { validateWaitForEvent } from "./validate";

export * from "./schema";

export const waitForEventNode: TNodeDefinition<"waitForEvent", typeof ZWaitForEventData> = {
  type: "waitForEvent",
  label: waitForEventLabel,
  description: waitForEventDescription,
  category: "flow",
  icon: "Hourglass",
  nodeSchema: ZWaitForEventNode,
  dataSchema: ZWaitForEventData,
  defaultData: defaultWaitForEventData,
  handles: waitForEventHandles,
  summarize: summarizeWaitForEvent,
  conditions: (data) => (data.where ? [data.where] : []),
  waits: true,
  // The event may arrive at once; only the timeout path is sure to have waited.
  minDelayMs: (data, handleId) => (handleId === "timeout" ? durationToMs(data.timeout) : 0),
  validate: validateWaitForEvent,
  run: runWaitForEvent,
};
