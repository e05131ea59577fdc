"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { useStore } from "zustand";
import { createEditorStore, type TEditorActions, type TEditorInit, type TEditorState, type TEditorStore } from "./editor-store";
import { createPersistence, type TPersistence } from "./persistence";

type TEditorContext = { store: TEditorStore; persistence: TPersistence };

const EditorContext = createContext<TEditorContext | null>(null);

/**
 * One store (and its autosave) per mounted editor; remounting (another journey, a reload) starts
 * a fresh one.
 */
export function EditorStoreProvider({ init, children }: { init: TEditorInit; children: ReactNode }) {
  const [value] = useState<TEditorContext>(() => {
    const store = createEditorStore(init);
    return { store, persistence: createPersistence(store) };
  });
  useEffect(() => value.persistence.start(), [value]);
  return <EditorContext.Provider value={value}>{children}</EditorContext.Provider>;
}

function useEditorContext(): TEditorContext {
  const value = useContext(EditorContext);
  if (!value) throw new Error("editor hooks must be used inside <EditorStoreProvider>");
  return value;
}

/** The raw store, for effects and event handlers that read state without re-rendering. */
export function useEditorStoreApi(): TEditorStore {
  return useEditorContext().store;
}

/** Saving: autosave runs by itself; this gives "save now", rename and the conflict choices. */
export function usePersistence(): TPersistence {
  return useEditorContext().persistence;
}

/** Subscribes to a slice of editor state; re-renders only when the selected value changes. */
export function useEditor<T>(selector: (state: TEditorState) => T): T {
  return useStore(useEditorContext().store, selector);
}

/** The store's actions (a stable object: never causes a re-render). */
export function useEditorActions(): TEditorActions {
  return useEditor((state) => state.actions);
}
