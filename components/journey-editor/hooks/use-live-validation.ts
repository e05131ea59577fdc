"use client";

import { useEffect } from "react";
import { validateJourney } from "@/lib/journey/validate";
import { useEditorStoreApi } from "../store/editor-context";
import type { TEditorDoc } from "../store/editor-doc";
import type { TWorkspaceLookups } from "../workspace-lookups";

/** Quiet time after the last edit before validation runs: fast enough to feel live, cheap while typing. */
export const VALIDATION_DEBOUNCE_MS = 150;

/**
 * Re-validates the draft after every committed edit (debounced). Drag frames are not edits, so a
 * 300-step journey is validated once when a drag ends, not 60 times a second while it moves.
 */
export function useLiveValidation(lookups: TWorkspaceLookups): void {
  const store = useEditorStoreApi();
  useEffect(() => {
    const run = (doc: TEditorDoc) => store.getState().actions.setIssues(validateJourney(doc.graph, { templates: lookups.templates, segments: lookups.segments, settings: doc.settings }));
    run(store.getState().history.present);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.history.present === previous.history.present) return;
      clearTimeout(timer);
      timer = setTimeout(() => run(store.getState().history.present), VALIDATION_DEBOUNCE_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store, lookups]);
}
