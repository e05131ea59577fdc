"use client";

import { DurationInput } from "@/components/ui/duration-input";
import { FormField, FormSection, TextInput } from "@/components/ui/form-controls";
import { OptionalCondition } from "../../condition-builder";
import type { TNodeFormProps } from "../form-props";

/** Hold until the profile performs an event (optionally filtered), or until the timeout. */
export function WaitForEventForm({ data, onChange, readOnly, context }: TNodeFormProps<"waitForEvent">) {
  return (
    <div className="space-y-4">
      <FormSection title="Event">
        <FormField label="Event name" hint="The exact name your app sends, e.g. Order Completed.">
          <TextInput value={data.event} placeholder="e.g. Order Completed" onChange={(e) => onChange({ ...data, event: e.target.value })} />
        </FormField>
        <OptionalCondition
          label="Event filter"
          addLabel="Only some of these events"
          hint="Traits starting with event. read the event (event.properties.total); others read the profile."
          value={data.where}
          readOnly={readOnly}
          context={context}
          onChange={(where) => onChange(where ? { ...data, where } : { event: data.event, timeout: data.timeout })}
        />
      </FormSection>
      <FormSection title="Timeout">
        <DurationInput label="Timeout" value={data.timeout} onChange={(timeout) => onChange({ ...data, timeout })} />
        <dl aria-label="Outputs explained" className="space-y-1 rounded-md bg-slate-50 p-2 text-[11px] leading-snug text-slate-600">
          <div>
            <dt className="inline font-semibold text-slate-800">Event happened: </dt>
            <dd className="inline">the profile did it within the timeout; they continue at once.</dd>
          </div>
          <div>
            <dt className="inline font-semibold text-slate-800">Timed out: </dt>
            <dd className="inline">the time ran out first, e.g. send a reminder.</dd>
          </div>
        </dl>
      </FormSection>
    </div>
  );
}
