import { z } from "zod";
import { ZCondition } from "../../conditions/schema";
import { ZDuration } from "../../duration";
import { defineNodeSchema } from "../node-schema";

/** What enrols a profile. */
export const ZTriggerSource = z.discriminatedUnion("kind", [
  /** An ingested event, optionally filtered (`where` sees the event as `event.*` and the profile). */
  z.object({ kind: z.literal("event"), event: z.string(), where: ZCondition.optional() }),
  /** The moment a profile enters a segment. */
  z.object({ kind: z.literal("segmentEntry"), segmentId: z.string() }),
  /** A recurring run (5-field cron in `timezone`) over a segment, or over every profile. */
  z.object({ kind: z.literal("schedule"), cron: z.string(), timezone: z.string(), audienceSegmentId: z.string().optional() }),
  /** Enrolled by `POST /api/v1/journeys/:id/enroll`. */
  z.object({ kind: z.literal("api") }),
]);
export type TTriggerSource = z.infer<typeof ZTriggerSource>;

/**
 * never: a profile enters once in its life; afterExit: again once its previous run has ended;
 * always: any number of parallel runs.
 */
export const REENTRY_POLICIES = ["never", "afterExit", "always"] as const;

export const ZTriggerData = z.object({
  source: ZTriggerSource,
  reentry: z.enum(REENTRY_POLICIES),
  /** Per profile: at most `max` entries, counted over `per` when given, else over all time. */
  entryLimit: z.object({ max: z.number().int().positive(), per: ZDuration.optional() }).optional(),
});
export type TTriggerData = z.infer<typeof ZTriggerData>;

export const ZTriggerNode = defineNodeSchema("trigger", ZTriggerData);
export type TTriggerNode = z.infer<typeof ZTriggerNode>;
