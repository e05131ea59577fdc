"use client";

import { useEffect, useRef } from "react";
import { isTypingTarget, shortcutFor, type TShortcutId } from "../shortcuts";

export type TShortcutHandlers = Partial<Record<TShortcutId, () => void>>;

/**
 * Listens for the editor's shortcuts on the window. Keys typed into a field, and keys pressed while
 * a dialog is open, are left alone; Ctrl+C with text selected on the page copies that text, not
 * steps. The listener is installed once; the latest handlers are read through a ref.
 */
export function useEditorShortcuts(handlers: TShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      if (document.querySelector("dialog[open]")) return;
      const id = shortcutFor(event);
      if (!id) return;
      if (id === "copy" && (window.getSelection()?.toString() ?? "") !== "") return;
      const handler = latest.current[id];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
