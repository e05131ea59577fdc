"use client";

import { createContext, useCallback, useContext, useMemo, useRef } from "react";

type TFieldElement = HTMLInputElement | HTMLTextAreaElement;

interface TVariableTarget {
  element: TFieldElement;
  /** writes a new value into the field's state */
  apply: (value: string) => void;
}

interface TVariableTargetContext {
  /** the field the marketer last focused: where "Insert variable" writes */
  setTarget: (target: TVariableTarget) => void;
  insert: (snippet: string) => boolean;
}

const Context = createContext<TVariableTargetContext>({ setTarget: () => undefined, insert: () => false });

/** Remembers the last focused Liquid field so a variable lands where the cursor was. */
export function VariableTargetProvider({ children }: { children: React.ReactNode }) {
  const target = useRef<TVariableTarget | null>(null);
  const setTarget = useCallback((next: TVariableTarget) => {
    target.current = next;
  }, []);
  const insert = useCallback((snippet: string) => {
    const current = target.current;
    if (!current || !current.element.isConnected || current.element.readOnly) return false;
    const { element } = current;
    const start = element.selectionStart ?? element.value.length;
    const end = element.selectionEnd ?? start;
    current.apply(element.value.slice(0, start) + snippet + element.value.slice(end));
    // After React writes the new value, put the caret after the inserted text.
    requestAnimationFrame(() => {
      element.focus();
      element.setSelectionRange(start + snippet.length, start + snippet.length);
    });
    return true;
  }, []);
  const value = useMemo(() => ({ setTarget, insert }), [setTarget, insert]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useVariableTarget(): TVariableTargetContext {
  return useContext(Context);
}
