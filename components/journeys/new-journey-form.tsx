"use client";

import { Plus } from "lucide-react";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

interface TState {
  error: string | null;
}

/** "New journey" button that opens a one-field form; creating lands in the editor. */
export function NewJourneyForm({ action }: { action: (previous: TState, form: FormData) => Promise<TState> }) {
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState(action, { error: null });
  if (!open) {
    return (
      <Button variant="primary" onClick={() => setOpen(true)}>
        <Plus className="size-4" aria-hidden /> New journey
      </Button>
    );
  }
  return (
    <form action={formAction} className="flex items-start gap-2" aria-label="New journey">
      <div>
        <Input name="name" aria-label="Journey name" placeholder="e.g. Welcome series" autoFocus required maxLength={120} className="w-64" />
        {state.error && <p role="alert" className="mt-1 text-xs text-red-700">{state.error}</p>}
      </div>
      <Button type="submit" variant="primary" disabled={pending}>
        {pending ? "Creating…" : "Create"}
      </Button>
      <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
        Cancel
      </Button>
    </form>
  );
}
