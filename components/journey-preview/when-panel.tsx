"use client";

import { DurationInput } from "@/components/ui/duration-input";
import { controlClass, FormField } from "@/components/ui/form-controls";
import type { TPreviewOffset } from "@/lib/preview/preview-schemas";
import { fromDateTimeLocal, toDateTimeLocal } from "./preview-time";

/** When the virtual clock starts (now, unless set) and how long it follows the customer. */
export function WhenPanel({ start, followFor, onChange }: { start: string; followFor: TPreviewOffset; onChange: (patch: { start?: string; followFor?: TPreviewOffset }) => void }) {
  return (
    <div className="space-y-2.5">
      <div className="space-y-1">
        <div className="flex items-end gap-1.5">
          <FormField label="Start (your time)" hint={start ? undefined : "Empty: the moment the preview runs."} className="min-w-0 flex-1">
            <input type="datetime-local" value={toDateTimeLocal(start)} onChange={(e) => onChange({ start: fromDateTimeLocal(e.target.value) })} className={controlClass("xs")} />
          </FormField>
          {start && (
            <button type="button" onClick={() => onChange({ start: "" })} className="mb-1 text-xs font-medium text-brand-700 hover:underline">
              Now
            </button>
          )}
        </div>
      </div>
      <div className="space-y-1">
        <p className="text-xs font-medium text-slate-700">Follow for</p>
        <DurationInput label="Follow for" size="xs" value={followFor} onChange={(value) => onChange({ followFor: value })} />
      </div>
    </div>
  );
}
