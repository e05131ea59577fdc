"use client";

import { Archive, Copy, Pencil } from "lucide-react";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { JourneyRunToggle } from "./journey-run-toggle";

interface TState {
  error: string | null;
}

interface TProps {
  id: string;
  name: string;
  status: string;
  renameAction: (previous: TState, form: FormData) => Promise<TState>;
  pauseAction: (previous: TState, form: FormData) => Promise<TState>;
  resumeAction: (previous: TState, form: FormData) => Promise<TState>;
  duplicateAction: (form: FormData) => Promise<void>;
  archiveAction: (form: FormData) => Promise<void>;
}

/** Pause/resume (live or paused journeys), rename inline, duplicate, archive (with a confirmation). */
export function JourneyRowActions({ id, name, status, renameAction, pauseAction, resumeAction, duplicateAction, archiveAction }: TProps) {
  const [renaming, setRenaming] = useState(false);
  const [state, rename, pending] = useActionState(async (previous: TState, form: FormData) => {
    const next = await renameAction(previous, form);
    if (!next.error) setRenaming(false);
    return next;
  }, { error: null });

  if (renaming) {
    return (
      <form action={rename} className="flex items-start justify-end gap-2" aria-label={`Rename ${name}`}>
        <input type="hidden" name="id" value={id} />
        <div>
          <Input name="name" defaultValue={name} aria-label="New name" autoFocus required maxLength={120} className="w-56 py-1" />
          {state.error && <p role="alert" className="mt-1 text-xs text-red-700">{state.error}</p>}
        </div>
        <Button size="sm" type="submit" variant="primary" disabled={pending}>Save</Button>
        <Button size="sm" type="button" variant="ghost" onClick={() => setRenaming(false)}>Cancel</Button>
      </form>
    );
  }
  return (
    <div className="flex justify-end gap-1">
      <JourneyRunToggle key={status} id={id} name={name} status={status} pauseAction={pauseAction} resumeAction={resumeAction} />
      <Button size="sm" variant="ghost" onClick={() => setRenaming(true)} aria-label={`Rename ${name}`}>
        <Pencil className="size-3.5" aria-hidden /> Rename
      </Button>
      <form action={duplicateAction}>
        <input type="hidden" name="id" value={id} />
        <Button size="sm" variant="ghost" type="submit" aria-label={`Duplicate ${name}`}>
          <Copy className="size-3.5" aria-hidden /> Duplicate
        </Button>
      </form>
      <form action={archiveAction} onSubmit={(e) => { if (!window.confirm(`Archive "${name}"? It stops enrolling and becomes read-only.`)) e.preventDefault(); }}>
        <input type="hidden" name="id" value={id} />
        <Button size="sm" variant="ghost" type="submit" aria-label={`Archive ${name}`}>
          <Archive className="size-3.5" aria-hidden /> Archive
        </Button>
      </form>
    </div>
  );
}
