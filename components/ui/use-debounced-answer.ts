"use client";

import { useEffect, useRef, useState } from "react";
import type { TApiResult } from "./call-api";

export type TDebouncedAnswer<T> = {
  data: T | null;
  /** why the current input has no answer (an unfinished rule, a template error), with its path */
  error: string | null;
  /** the shown data is for older input; a fresh answer is on its way */
  stale: boolean;
};

/**
 * Asks `ask` about `input` a moment (`delayMs`) after it last changed, and keeps the newest
 * answer. Input is compared by its JSON, so a re-render with equal input asks nothing; a request
 * still running when the input changes is aborted, so a slow answer never overwrites a fresher
 * one. A refusal keeps the last good data on screen beside its error.
 */
export function useDebouncedAnswer<I, T>(input: I, ask: (input: I, signal: AbortSignal) => Promise<TApiResult<T>>, delayMs: number): TDebouncedAnswer<T> {
  const key = JSON.stringify(input);
  const [state, setState] = useState<{ key: string; data: T | null; error: string | null }>({ key: "", data: null, error: null });
  const askRef = useRef(ask);
  useEffect(() => {
    askRef.current = ask;
  });

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const result = await askRef.current(JSON.parse(key) as I, controller.signal);
        if (controller.signal.aborted) return;
        setState((previous) => (result.ok ? { key, data: result.data, error: null } : { key, data: previous.data, error: result.error }));
      } catch {
        // Aborted: a newer request replaces this one.
      }
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, delayMs]);

  return { data: state.data, error: state.key === key ? state.error : null, stale: state.key !== key };
}
