"use client";

import { useId, useState } from "react";
import { useEditor, usePersistence } from "../store/editor-context";

/**
 * The journey's name as the page heading; clicking it (when editable) turns it into a field that
 * saves on Enter or when it loses focus, and gives up on Esc.
 */
export function JourneyTitle({ readOnly }: { readOnly: boolean }) {
  const name = useEditor((s) => s.name);
  const persistence = usePersistence();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const hintId = useId();

  const finish = async () => {
    if (draft === null) return;
    const next = draft.trim();
    setDraft(null);
    if (!next || next === name) return;
    const ok = await persistence.rename(next);
    setProblem(ok ? null : "Could not rename; see the save status.");
  };

  if (draft !== null) {
    return (
      <input
        autoFocus
        aria-label="Journey name"
        value={draft}
        maxLength={120}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => void finish()}
        onKeyDown={(event) => {
          if (event.key === "Enter") void finish();
          if (event.key === "Escape") setDraft(null);
        }}
        className="w-72 rounded-md border border-brand-500 px-2 py-0.5 text-base font-semibold outline-none ring-2 ring-brand-500/20"
      />
    );
  }
  return (
    <h1 className="min-w-0 truncate text-base font-semibold" title={problem ?? undefined}>
      {readOnly ? (
        name
      ) : (
        <>
          <button type="button" onClick={() => setDraft(name)} aria-describedby={hintId} title="Click to rename" className="max-w-full truncate rounded px-1 py-0.5 text-left hover:bg-slate-100">
            {name}
          </button>
          <span id={hintId} className="sr-only">
            Click to rename
          </span>
        </>
      )}
    </h1>
  );
}
