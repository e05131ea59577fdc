"use client";

import { useEffect, useState } from "react";
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
  const key = JSON.stringify(definition);
  const [state, setState] = useState<{ key: string; data: TSegmentEstimate | null; error: string | null }>({ key: "", data: null, error: null });

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const result = await estimateSegment(JSON.parse(key) as TCondition, controller.signal);
        if (controller.signal.aborted) return;
        setState((previous) => (result.ok ? { key, data: result.data, error: null } : { key, data: previous.data, error: result.error }));
      } catch {
        // Aborted: a newer request replaces this one.
      }
    }, DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key]);

  return { data: state.data, error: state.key === key ? state.error : null, stale: state.key !== key };
}
