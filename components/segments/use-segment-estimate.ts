"use client";

import { useDebouncedAnswer } from "@/components/ui/use-debounced-answer";
import type { TCondition } from "@/lib/journey/conditions/schema";
import type { TSegmentEstimate } from "@/lib/segments/segment-schemas";
import { estimateSegment } from "./segment-api";

/** Debounce: a marketer typing a trait name should not cost one estimate per keystroke. */
const DELAY_MS = 400;

export type TSegmentEstimateState = {
  data: TSegmentEstimate | null;
  /** why the current definition cannot be estimated (an unfinished rule), with its path */
  error: string | null;
  /** the shown numbers are for an older definition; a fresh answer is on its way */
  stale: boolean;
};

/**
 * The live size of an unsaved definition: asked of the estimate API a moment after the last
 * edit; an older request is aborted when a newer edit arrives, so a slow answer never overwrites
 * a fresher one.
 */
export function useSegmentEstimate(definition: TCondition): TSegmentEstimateState {
  return useDebouncedAnswer(definition, estimateSegment, DELAY_MS);
}
