"use client";

import { FormField, FormSection, TextInput } from "@/components/ui/form-controls";
import type { TNodeFormProps } from "../form-props";

const SUGGESTIONS = ["Completed", "Converted", "No engagement", "Unsubscribed"];

/** Ends the journey; the reason labels the exit in analytics. */
export function ExitForm({ data, onChange }: TNodeFormProps<"exit">) {
  return (
    <div className="space-y-4">
      <FormSection title="Exit">
        <FormField label="Exit reason" hint="Shown in analytics, so name the outcome: Converted, No engagement…">
          <TextInput value={data.reason} maxLength={120} placeholder="e.g. Converted" onChange={(e) => onChange({ reason: e.target.value })} />
        </FormField>
        <div className="flex flex-wrap gap-1" aria-label="Suggested reasons" role="group">
          {SUGGESTIONS.filter((s) => s !== data.reason).map((reason) => (
            <button key={reason} type="button" onClick={() => onChange({ reason })} className="rounded-full border border-slate-200 bg-white px-2 py-0.5 text-[11px] text-slate-600 hover:border-brand-500 hover:text-brand-700 disabled:cursor-not-allowed">
              {reason}
            </button>
          ))}
        </div>
      </FormSection>
    </div>
  );
}
