import { z } from "zod";
import { ZCondition } from "../../conditions/schema";
import { ZDuration } from "../../duration";
import { defineNodeSchema } from "../node-schema";

/** Hold the profile until it performs `event` (matching `where`), or until `timeout` passes. */
export const ZWaitForEventData = z.object({
  event: z.string(),
  where: ZCondition.optional(),
  timeout: ZDuration,
});
export type TWaitForEventData = z.infer<typeof ZWaitForEventData>;

export const ZWaitForEventNode = defineNodeSchema("waitForEvent", ZWaitForEventData);
export type TWaitForEventNode = z.infer<typeof ZWaitForEventNode>;
