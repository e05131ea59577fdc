"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";

interface TState {
  error: string | null;
}

/** Revoke, after a confirmation that says what happens: apps using the key stop at once. */
export function RevokeApiKeyButton({ id, name, action }: { id: string; name: string; action: (previous: TState, form: FormData) => Promise<TState> }) {
  const [state, formAction, pending] = useActionState(action, { error: null });
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Button type="button" variant="danger" size="sm" onClick={() => setConfirming(true)} aria-label={`Revoke ${name}`}>
        Revoke
      </Button>
    );
  }
  return (
    <form action={formAction} className="flex flex-wrap items-center justify-end gap-2" aria-label={`Confirm revoking ${name}`}>
      <input type="hidden" name="id" value={id} />
      <span className="text-xs text-slate-600">Requests with this key will get 401.</span>
      <Button type="submit" variant="danger" size="sm" disabled={pending}>{pending ? "Revoking…" : "Revoke key"}</Button>
      <Button type="button" variant="ghost" size="sm" onClick={() => setConfirming(false)}>Cancel</Button>
      {state.error && <p role="alert" className="w-full text-right text-xs text-red-700">{state.error}</p>}
    </form>
  );
}
