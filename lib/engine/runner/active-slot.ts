import type { TTriggerData } from "../../journey/nodes/trigger/schema";

/**
 * The `Enrollment.activeSlot` a new run holds while active or waiting: `"<journeyId>:<profileId>"`
 * under the re-entry policies that allow one run at a time ("never", "afterExit"), none under
 * "always". The column is unique, so of two concurrent enrolments of one profile only one can
 * commit; every write that ends a run clears it. Runs created before the column existed hold no
 * slot (there were none in production), so only `shouldEnroll`'s read protects them.
 */
export function activeSlotFor(reentry: TTriggerData["reentry"], journeyId: string, profileId: string): string | null {
  return reentry === "always" ? null : `${journeyId}:${profileId}`;
}

/** Thrown inside a commit when a new enrollment's slot is taken: another run of the profile is in the journey. */
export class SlotTakenError extends Error {
  constructor(readonly enrollmentId: string) {
    super(`enrollment ${enrollmentId}: the profile already holds a run in this journey`);
    this.name = "SlotTakenError";
  }
}
