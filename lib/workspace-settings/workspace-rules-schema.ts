import { z } from "zod";
import { ZChannel } from "../journey/channels";

const ZClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time of day as HH:MM (00:00–23:59)");

/** One frequency cap: at most `max` messages per `windowHours`, on `channels` (null = every channel). */
export const ZFrequencyCap = z.object({
  id: z.string().trim().min(1, "must not be empty").max(64),
  name: z.string().trim().min(1, "must not be empty").max(80, "must be at most 80 characters"),
  max: z.number().int("must be a whole number").positive("must be at least 1").max(1000),
  windowHours: z.number().positive("must be greater than 0").max(24 * 90, "must be at most 90 days (2160 hours)"),
  channels: z.array(ZChannel).min(1, "pick at least one channel, or null for all").nullable(),
  exemptJourneyIds: z.array(z.string().min(1)).max(200).default([]),
});
export type TFrequencyCapInput = z.input<typeof ZFrequencyCap>;

/** A quiet window in the profile's local time; start after end wraps midnight. */
export const ZQuietHours = z
  .object({ start: ZClock, end: ZClock, behaviour: z.enum(["defer", "skip"]) })
  .refine((q) => q.start !== q.end, { path: ["end"], message: "must differ from start (an empty window is no window; remove it instead)" });

export const ZConsentPolicy = z.enum(["optIn", "optOut"]);

/** The send-time rules an admin edits on /settings/rules. Unknown channels are refused by name. */
export const ZWorkspaceRulesInput = z
  .object({
    frequencyCaps: z.array(ZFrequencyCap).max(20, "at most 20 caps"),
    quietHours: z.partialRecord(ZChannel, ZQuietHours),
    consentPolicy: z.partialRecord(ZChannel, ZConsentPolicy).optional(),
  })
  .refine((rules) => new Set(rules.frequencyCaps.map((c) => c.id)).size === rules.frequencyCaps.length, {
    path: ["frequencyCaps"],
    message: "cap ids must be unique",
  });
export type TWorkspaceRulesInput = z.input<typeof ZWorkspaceRulesInput>;
