"use client";

import { FormSection } from "@/components/ui/form-controls";
import { RadioList } from "@/components/ui/radio-list";
import { ConditionBuilder } from "../../condition-builder";
import type { TNodeFormProps } from "../form-props";

/** Who is held back (a condition), and where they go: out, or down the Suppressed path. */
export function SuppressForm({ data, onChange, readOnly, context }: TNodeFormProps<"suppress">) {
  return (
    <div className="space-y-4">
      <FormSection title="Suppress profiles who" description="E.g. bought in the last 7 days, or unsubscribed from email.">
        <ConditionBuilder label="Suppression rule" value={data.condition} readOnly={readOnly} context={context} onChange={(condition) => onChange({ ...data, condition })} />
      </FormSection>
      <FormSection title="Suppressed profiles">
        <RadioList
          label="On suppress"
          value={data.onSuppress}
          options={[
            { value: "exit", label: "Exit the journey", hint: "They leave here; nothing else is sent." },
            { value: "path", label: "Take the Suppressed path", hint: "Connect the Suppressed output to route them elsewhere." },
          ]}
          onChange={(onSuppress) => onChange({ ...data, onSuppress })}
        />
      </FormSection>
    </div>
  );
}
