"use client";

import { Trash2 } from "lucide-react";
import { useActionState, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

export interface TDeleteProfileState {
  error: string | null;
}

/**
 * "Delete profile" with a confirmation dialog: the person types DELETE, since nothing brings the
 * data back. The action redirects to /profiles on success.
 */
export function DeleteProfileButton({ profileId, name, action }: { profileId: string; name: string; action: (state: TDeleteProfileState, form: FormData) => Promise<TDeleteProfileState> }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [typed, setTyped] = useState("");
  const [state, formAction, pending] = useActionState(action, { error: null });
  return (
    <>
      <Button variant="danger" onClick={() => dialog.current?.showModal()}>
        <Trash2 className="size-4" aria-hidden /> Delete profile
      </Button>
      <dialog ref={dialog} aria-labelledby="delete-profile-title" className="m-auto w-full max-w-md rounded-xl p-0 shadow-xl backdrop:bg-slate-900/40">
        <form action={formAction} className="space-y-4 p-6">
          <input type="hidden" name="id" value={profileId} />
          <h2 id="delete-profile-title" className="text-lg font-semibold text-slate-900">Delete {name}?</h2>
          <p className="text-sm text-slate-600">
            This deletes the profile with all its events, messages, identities, consent, journey enrollments and segment memberships. It cannot be undone. Only the fact of the deletion is kept (when, by whom, how many rows), never the data.
          </p>
          <label className="block space-y-1.5">
            <span className="text-sm font-medium text-slate-700">Type DELETE to confirm</span>
            <input
              name="confirm"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              autoComplete="off"
              className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm focus:border-red-500 focus:ring-2 focus:ring-red-500/20 focus:outline-none"
            />
          </label>
          {state.error && <p role="alert" className="text-sm text-red-700">{state.error}</p>}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="ghost" onClick={() => dialog.current?.close()}>Cancel</Button>
            <button type="submit" disabled={typed !== "DELETE" || pending} className="rounded-md bg-red-600 px-3.5 py-2 text-sm font-medium text-white hover:bg-red-700 disabled:cursor-not-allowed disabled:bg-red-600/40">
              {pending ? "Deleting…" : "Delete permanently"}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
