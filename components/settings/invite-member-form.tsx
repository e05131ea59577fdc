"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/input";

interface TState {
  error: string | null;
  invited: { email: string; role: string; temporaryPassword: string | null } | null;
}

/** Invite form: creates the account (temporary password shown once) or adds an existing one. */
export function InviteMemberForm({ action }: { action: (previous: TState, form: FormData) => Promise<TState> }) {
  const [state, formAction, pending] = useActionState(action, { error: null, invited: null });
  return (
    <form action={formAction} className="space-y-4" aria-label="Invite member">
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Name"><Input name="name" required maxLength={100} placeholder="Sam Rivera" /></Field>
        <Field label="Email"><Input name="email" type="email" required placeholder="sam@example.com" /></Field>
        <Field label="Role">
          <Select name="role" defaultValue="marketer">
            <option value="admin">Admin</option>
            <option value="marketer">Marketer</option>
            <option value="analyst">Analyst (read-only)</option>
          </Select>
        </Field>
      </div>
      {state.error && <p role="alert" className="text-sm text-red-700">{state.error}</p>}
      {state.invited && (
        <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
          Added <strong>{state.invited.email}</strong> as {state.invited.role}.
          {state.invited.temporaryPassword ? (
            <> Temporary password (shown once — pass it on securely): <code className="rounded bg-white px-1.5 py-0.5 font-mono" data-testid="temporary-password">{state.invited.temporaryPassword}</code></>
          ) : (
            <> They already had an account and sign in with their own password.</>
          )}
        </div>
      )}
      <Button type="submit" variant="primary" disabled={pending}>{pending ? "Inviting…" : "Invite member"}</Button>
    </form>
  );
}
