import { z } from "zod";
import { ZDuration } from "../../duration";
import { defineNodeSchema } from "../node-schema";

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export const ZWeekday = z.enum(WEEKDAYS);
export type TWeekday = z.infer<typeof ZWeekday>;

/** 24-hour "HH:MM". */
export const ZTimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time such as 09:30");

export const ZWaitData = z.discriminatedUnion("mode", [
  /** A fixed delay from arrival. */
  z.object({ mode: z.literal("duration"), duration: ZDuration }),
  /** Until the next `time` (on one of `days`, when given) in the profile's own time zone. */
  z.object({ mode: z.literal("timeOfDay"), time: ZTimeOfDay, days: z.array(ZWeekday).min(1, "pick at least one day").optional() }),
]);
export type TWaitData = z.infer<typeof ZWaitData>;

export const ZWaitNode = defineNodeSchema("wait", ZWaitData);
export type TWaitNode = z.infer<typeof ZWaitNode>;
