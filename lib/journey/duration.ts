import { z } from "zod";

export const DURATION_UNITS = ["minutes", "hours", "days", "weeks"] as const;
export type TDurationUnit = (typeof DURATION_UNITS)[number];

/** A length of time, as marketers type it: "3 days", "12 hours". The one duration shape of the graph. */
export const ZDuration = z.object({
  amount: z.number().positive("must be greater than 0").finite(),
  unit: z.enum(DURATION_UNITS),
});
export type TDuration = z.infer<typeof ZDuration>;

const MS_PER_UNIT: Record<TDurationUnit, number> = {
  minutes: 60_000,
  hours: 3_600_000,
  days: 86_400_000,
  weeks: 604_800_000,
};

/**
 * Milliseconds in a duration. Days are fixed 24 h spans; calendar-aware waits ("until 9:00 in the
 * profile's zone") are the wait node's `timeOfDay` mode, not a duration.
 */
export function durationToMs(duration: TDuration): number {
  return duration.amount * MS_PER_UNIT[duration.unit];
}

/** "1 day", "12 hours", "1.5 weeks". */
export function describeDuration(duration: TDuration): string {
  const singular = duration.unit.slice(0, -1);
  return `${duration.amount} ${duration.amount === 1 ? singular : duration.unit}`;
}
