"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { IDLE, type TFormAction } from "./action-state";
import { SavedNote } from "./saved-note";

export type TPolicyRow = { channel: string; label: string; policy: "optIn" | "optOut"; sensitive: boolean };

/** Opt-in or opt-out per channel, each explained, saved together. */
export function ConsentPolicyForm({ rows, canEdit, action }: { rows: TPolicyRow[]; canEdit: boolean; action: TFormAction }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction}>
      <div className="grid gap-3 px-6 py-4 text-sm text-slate-600 sm:grid-cols-2">
        <p>
          <strong className="font-semibold text-slate-900">Opt-in</strong>: only customers who said yes receive messages on the channel; &ldquo;never asked&rdquo; means no. Required for SMS (TCPA, carrier rules) and push (the device asks).
        </p>
        <p>
          <strong className="font-semibold text-slate-900">Opt-out</strong>: everyone with an address receives messages until they unsubscribe. Usual for email to existing customers, where the law allows it.
        </p>
      </div>
      <table className="w-full text-sm">
        <thead>
          <tr className="border-y border-slate-100 bg-slate-50 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
            <th className="px-6 py-2">Channel</th>
            <th className="px-3 py-2">Opt-in</th>
            <th className="px-3 py-2">Opt-out</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.channel}>
              <td className="px-6 py-2.5 font-medium text-slate-900">
                {row.label}
                {row.sensitive && <span className="ml-2 rounded bg-amber-50 px-1.5 py-0.5 text-[11px] font-medium text-amber-800 ring-1 ring-amber-200">needs a yes</span>}
              </td>
              {(["optIn", "optOut"] as const).map((policy) => (
                <td key={policy} className="px-3 py-2.5">
                  <input
                    type="radio"
                    name={`policy.${row.channel}`}
                    value={policy}
                    defaultChecked={row.policy === policy}
                    disabled={!canEdit}
                    aria-label={`${row.label}: ${policy === "optIn" ? "opt-in" : "opt-out"}`}
                    className="size-4 accent-brand-600"
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {canEdit && (
        <div className="flex items-center gap-3 border-t border-slate-100 px-6 py-3">
          <Button type="submit" variant="primary" disabled={pending}>
            Save consent policy
          </Button>
          <SavedNote state={state} pending={pending} />
        </div>
      )}
    </form>
  );
}
