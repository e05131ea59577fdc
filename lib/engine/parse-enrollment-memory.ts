import { z } from "zod";
import { firstZodProblem } from "../journey/zod-issue";
import type { TEnrollmentMemory } from "./types";

const ZStoredEvent = z.object({ name: z.string(), properties: z.record(z.string(), z.unknown()).default({}), timestamp: z.coerce.date() });

/** Enrollment memory as stored (JSON: dates are ISO strings), revived with real dates. */
export const ZEnrollmentMemory = z.object({
  visits: z.record(z.string(), z.number().int().nonnegative()).default({}),
  splits: z.record(z.string(), z.string()).default({}),
  sends: z.record(z.string(), z.array(z.string())).default({}),
  triggerEvent: ZStoredEvent.optional(),
  deferredUntil: z.object({ nodeId: z.string(), until: z.coerce.date(), reason: z.string(), since: z.coerce.date() }).optional(),
  converted: z.object({ at: z.coerce.date(), event: z.string() }).optional(),
});

/**
 * The `Enrollment.memory` column read back: checked and revived (ISO strings → Dates), missing
 * maps defaulted. A result, not a throw: the runner decides what a corrupted row means.
 */
export function parseEnrollmentMemory(stored: unknown): { ok: true; memory: TEnrollmentMemory } | { ok: false; path: string; message: string } {
  const parsed = ZEnrollmentMemory.safeParse(stored ?? {});
  if (!parsed.success) return { ok: false, ...firstZodProblem(parsed.error) };
  const { triggerEvent, deferredUntil, converted, ...rest } = parsed.data;
  return {
    ok: true,
    memory: { ...rest, ...(triggerEvent ? { triggerEvent } : {}), ...(deferredUntil ? { deferredUntil } : {}), ...(converted ? { converted } : {}) },
  };
}
