import { z } from "zod";
import { ZCondition } from "./conditions/schema";
import { ZDuration } from "./duration";
import { firstZodProblem } from "./zod-issue";

/** The conversion the journey is for; reaching it within `within` of entry counts as converted. */
export const ZJourneyGoal = z.object({
  event: z.string().min(1, "must not be empty"),
  where: ZCondition.optional(),
  within: ZDuration,
  /** Converted profiles leave at once instead of receiving the rest of the journey. */
  exitOnGoal: z.boolean(),
});
export type TJourneyGoal = z.infer<typeof ZJourneyGoal>;

/** Journey-level settings, stored beside the graph (`Journey.settings`). */
export const ZJourneySettings = z.object({
  goal: ZJourneyGoal.optional(),
  /** Checked whenever an enrolled profile changes: a match exits it, wherever it is. */
  exitCriteria: ZCondition.optional(),
  /** Sends of this journey neither obey nor count against the workspace frequency cap. */
  frequencyCapExempt: z.boolean().default(false),
  /** Journey-wide throttle: at most `max` entries (all profiles together) per `per`. */
  entryLimit: z.object({ max: z.number().int().positive(), per: ZDuration }).optional(),
});
export type TJourneySettings = z.output<typeof ZJourneySettings>;
export type TJourneySettingsInput = z.input<typeof ZJourneySettings>;

/** Settings of a new journey: no goal, no exit criteria, subject to the cap, no throttle. */
export function defaultJourneySettings(): TJourneySettings {
  return { frequencyCapExempt: false };
}

/** Stored or submitted settings, with defaults filled in, or the first problem (dotted path). */
export function parseJourneySettings(
  input: unknown,
): { ok: true; settings: TJourneySettings } | { ok: false; path: string; message: string } {
  const parsed = ZJourneySettings.safeParse(input ?? {});
  return parsed.success ? { ok: true, settings: parsed.data } : { ok: false, ...firstZodProblem(parsed.error) };
}
