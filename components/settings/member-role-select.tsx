"use client";

import { useActionState, useRef } from "react";

interface TState {
  error: string | null;
}

/** A role select that saves on change. */
export function MemberRoleSelect({ membershipId, role, label, action }: { membershipId: string; role: string; label: string; action: (previous: TState, form: FormData) => Promise<TState> }) {
  const [state, formAction, pending] = useActionState(action, { error: null });
  const form = useRef<HTMLFormElement>(null);
  return (
    <form ref={form} action={formAction}>
      <input type="hidden" name="membershipId" value={membershipId} />
      <select
        name="role"
        defaultValue={role}
        aria-label={label}
        disabled={pending}
        onChange={() => form.current?.requestSubmit()}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm focus:outline-none focus:ring-2 focus:ring-brand-500/30"
      >
        <option value="admin">Admin</option>
        <option value="marketer">Marketer</option>
        <option value="analyst">Analyst</option>
      </select>
      {state.error && <p role="alert" className="mt-1 max-w-xs text-xs text-red-700">{state.error}</p>}
    </form>
  );
}
