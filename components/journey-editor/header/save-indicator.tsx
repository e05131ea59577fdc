"use client";

import { Check, CircleAlert, Loader2 } from "lucide-react";
import { useEditor } from "../store/editor-context";

const COMMON = "flex min-w-0 items-center gap-1.5 text-sm";

/** Saved / Saving… / Unsaved changes / Not saved, always visible while editing. */
export function SaveIndicator() {
  const save = useEditor((s) => s.save);
  const dirty = useEditor((s) => s.history.present !== s.savedDoc);
  if (save.kind === "saving") {
    return (
      <span role="status" className={`${COMMON} text-slate-500`}>
        <Loader2 className="size-4 animate-spin" aria-hidden /> Saving…
      </span>
    );
  }
  if (save.kind === "conflict") {
    return (
      <span role="status" className={`${COMMON} text-red-700`}>
        <CircleAlert className="size-4 shrink-0" aria-hidden /> Not saved: conflict
      </span>
    );
  }
  if (save.kind === "error") {
    return (
      <span role="alert" className={`${COMMON} max-w-xs text-red-700`} title={save.message}>
        <CircleAlert className="size-4 shrink-0" aria-hidden /> <span className="truncate">Not saved: {save.message}</span>
      </span>
    );
  }
  if (dirty) return <span role="status" className={`${COMMON} text-amber-700`}>Unsaved changes</span>;
  return (
    <span role="status" className={`${COMMON} text-emerald-700`}>
      <Check className="size-4" aria-hidden /> Saved
    </span>
  );
}
