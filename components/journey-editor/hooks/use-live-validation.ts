"use client";

import { useEffect } from "react";
import { validateJourney, type TValidationContext, type TValidationIssue } from "@/lib/journey/validate";
import { useEditorStoreApi } from "../store/editor-context";
import type { TEditorDoc } from "../store/editor-doc";
import type { TValidationRequest, TValidationResponse } from "../validation.worker";
import type { TWorkspaceLookups } from "../workspace-lookups";

/** Quiet time after the last edit before validation runs: fast enough to feel live, cheap while typing. */
export const VALIDATION_DEBOUNCE_MS = 150;

type TValidator = { validate(doc: TEditorDoc, onResult: (issues: TValidationIssue[]) => void): void; dispose(): void };

/**
 * A worker when the browser has them (validation of a large journey never blocks typing or
 * dragging), else the same pure function inline. Only the newest request's answer is applied.
 */
function createValidator(lookups: TWorkspaceLookups): TValidator {
  const contextFor = (doc: TEditorDoc): TValidationContext => ({ templates: lookups.templates, segments: lookups.segments, ...(lookups.topics ? { topics: lookups.topics } : {}), settings: doc.settings });
  let worker: Worker | undefined;
  try {
    // A classic worker: Turbopack bootstraps worker chunks with importScripts.
    worker = new Worker(new URL("../validation.worker.ts", import.meta.url));
  } catch {
    worker = undefined;
  }
  const inline = (doc: TEditorDoc, onResult: (issues: TValidationIssue[]) => void) => onResult(validateJourney(doc.graph, contextFor(doc)));
  if (!worker) return { validate: inline, dispose: () => undefined };
  let latest = 0;
  let pending: { doc: TEditorDoc; onResult: (issues: TValidationIssue[]) => void } | undefined;
  let broken = false;
  const running = worker;
  running.onmessage = (event: MessageEvent<TValidationResponse>) => {
    if (event.data.id === latest) pending?.onResult(event.data.issues);
  };
  // A worker that cannot start (blocked script, old browser) must not leave the editor unvalidated.
  running.onerror = () => {
    broken = true;
    running.terminate();
    if (pending) inline(pending.doc, pending.onResult);
  };
  return {
    validate(doc, onResult) {
      if (broken) return inline(doc, onResult);
      pending = { doc, onResult };
      const request: TValidationRequest = { id: ++latest, graph: doc.graph, context: contextFor(doc) };
      running.postMessage(request);
    },
    dispose: () => running.terminate(),
  };
}

/**
 * Re-validates the draft after every committed edit (debounced). Drag frames are not edits, so a
 * 300-step journey is validated once when a drag ends, not 60 times a second while it moves.
 */
export function useLiveValidation(lookups: TWorkspaceLookups): void {
  const store = useEditorStoreApi();
  useEffect(() => {
    const validator = createValidator(lookups);
    const run = () => validator.validate(store.getState().history.present, (issues) => store.getState().actions.setIssues(issues));
    run();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.history.present === previous.history.present) return;
      clearTimeout(timer);
      timer = setTimeout(run, VALIDATION_DEBOUNCE_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
      validator.dispose();
    };
  }, [store, lookups]);
}
