"use client";

import { useEffect } from "react";

/** Ctrl/Cmd+S saves; closing the tab with unsaved changes asks first (editable forms only). */
export function useSaveShortcut(save: () => unknown, { dirty, readOnly }: { dirty: boolean; readOnly: boolean }): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        void save();
      }
    };
    const onLeave = (event: BeforeUnloadEvent) => {
      if (dirty && !readOnly) event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    window.addEventListener("beforeunload", onLeave);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("beforeunload", onLeave);
    };
  }, [save, dirty, readOnly]);
}
