"use client";

import { ArrowDown, ArrowUp } from "lucide-react";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { NumberInput } from "@/components/ui/number-input";

type TKind = "userId" | "email" | "phone" | "deviceId" | "anonymousId";
type TRules = { priority: TKind[]; limits: Record<TKind, number> };
type TState = { error: string | null; savedAt: string | null };

const KIND_LABELS: Record<TKind, string> = { userId: "User id", email: "Email", phone: "Phone", deviceId: "Device id", anonymousId: "Anonymous id" };

/**
 * The identity rules as an ordered list (move up / down) with a limit per kind, saved together
 * through the server action. Read-only (no buttons, disabled inputs) for roles that cannot change settings.
 */
export function IdentityRulesForm({ initial, defaults, canEdit, maxLimit, action }: { initial: TRules; defaults: TRules; canEdit: boolean; maxLimit: number; action: (state: TState, form: FormData) => Promise<TState> }) {
  const [rules, setRules] = useState<TRules>(initial);
  const [state, formAction, pending] = useActionState(action, { error: null, savedAt: null });
  const move = (index: number, by: -1 | 1) =>
    setRules((r) => {
      const priority = [...r.priority];
      const [kind] = priority.splice(index, 1);
      priority.splice(index + by, 0, kind as TKind);
      return { ...r, priority };
    });
  const isDefault = JSON.stringify(rules) === JSON.stringify(defaults);

  return (
    <form action={formAction} className="rounded-xl border border-slate-200 bg-white shadow-xs" aria-label="Identity rules">
      <input type="hidden" name="rules" value={JSON.stringify(rules)} />
      <div className="border-b border-slate-100 px-6 py-4">
        <h2 className="text-base font-semibold">Priority and limits</h2>
        <p className="text-sm text-slate-600">An event&apos;s identifiers are resolved from the top of the list down. The limit is the most values of a kind one profile may hold.</p>
      </div>
      <ol className="divide-y divide-slate-100" aria-label="Identifier priority, highest first">
        {rules.priority.map((kind, index) => (
          <li key={kind} className="flex flex-wrap items-center gap-4 px-6 py-3" data-testid="identity-rule-row">
            <span className="w-6 text-right text-sm font-semibold tabular-nums text-slate-400" aria-hidden>{index + 1}</span>
            <span className="w-32 text-sm font-medium text-slate-900">{KIND_LABELS[kind]}</span>
            {canEdit && (
              <span className="flex gap-1">
                <Button type="button" variant="ghost" size="sm" aria-label={`Move ${KIND_LABELS[kind]} up`} disabled={index === 0} onClick={() => move(index, -1)}>
                  <ArrowUp className="size-4" aria-hidden />
                </Button>
                <Button type="button" variant="ghost" size="sm" aria-label={`Move ${KIND_LABELS[kind]} down`} disabled={index === rules.priority.length - 1} onClick={() => move(index, 1)}>
                  <ArrowDown className="size-4" aria-hidden />
                </Button>
              </span>
            )}
            <label className="ml-auto flex items-center gap-2 text-sm text-slate-600">
              at most
              <NumberInput
                aria-label={`Limit of ${KIND_LABELS[kind]} values per profile`}
                className="w-24"
                integer
                min={1}
                max={maxLimit}
                value={rules.limits[kind]}
                disabled={!canEdit}
                onValueChange={(value) => setRules((r) => ({ ...r, limits: { ...r.limits, [kind]: value } }))}
              />
              per profile
              {/* a fixed slot, so the inputs stay in one column whether or not a row differs from the default */}
              <span className="w-24 text-xs text-slate-400">{rules.limits[kind] !== defaults.limits[kind] ? `(default ${defaults.limits[kind]})` : ""}</span>
            </label>
          </li>
        ))}
      </ol>
      {canEdit && (
        <div className="flex flex-wrap items-center gap-3 border-t border-slate-100 px-6 py-4">
          <Button type="submit" variant="primary" disabled={pending}>{pending ? "Saving…" : "Save identity rules"}</Button>
          <Button type="button" disabled={isDefault || pending} onClick={() => setRules(defaults)}>Restore defaults</Button>
          {state.error && <p role="alert" className="text-sm text-red-700">Not saved: {state.error}</p>}
          {!state.error && state.savedAt && <p role="status" className="text-sm text-emerald-700">Saved. Events from now on follow these rules; existing profiles stay as they are.</p>}
        </div>
      )}
    </form>
  );
}
