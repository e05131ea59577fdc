import type { TActionState } from "./action-state";

/** The result line under a settings form: the error naming the field, or "Saved". */
export function SavedNote({ state, pending }: { state: TActionState; pending: boolean }) {
  if (pending) return <span className="text-sm text-slate-500">Saving…</span>;
  if (state.error)
    return (
      <span role="alert" className="text-sm font-medium text-red-700">
        {state.error}
      </span>
    );
  if (state.savedAt)
    return (
      <span role="status" className="text-sm text-emerald-700">
        Saved
      </span>
    );
  return null;
}
