"use client";

import { Plus, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { LiquidField } from "../liquid-field";
import { textOf, withField, type TChannelFieldsProps } from "./field-props";

const MAX_LINES = 8;

/** The recipient's address, line by line, and the letter's copy. */
export function DirectMailFields({ content, onChange, readOnly, errors }: TChannelFieldsProps) {
  const lines = Array.isArray(content.addressLines) ? content.addressLines.map((line) => (typeof line === "string" ? line : "")) : [""];
  const setLines = (next: string[]) => onChange(withField(content, "addressLines", next));
  return (
    <div className="space-y-5">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">Address</legend>
        {lines.map((line, index) => (
          <div key={index} className="flex items-start gap-2">
            <div className="flex-1">
              <LiquidField
                label={`Address line ${index + 1}`}
                hideLabel
                value={line}
                onChange={(value) => setLines(lines.map((l, i) => (i === index ? value : l)))}
                readOnly={readOnly}
                error={errors[`addressLines.${index}`]}
                placeholder={index === 0 ? "{{ profile.traits.first_name }} {{ profile.traits.last_name }}" : ""}
              />
            </div>
            {!readOnly && lines.length > 1 && (
              <Button type="button" variant="ghost" size="sm" className="mt-1.5" aria-label={`Remove address line ${index + 1}`} onClick={() => setLines(lines.filter((_, i) => i !== index))}>
                <X className="size-3.5" aria-hidden />
              </Button>
            )}
          </div>
        ))}
        {errors.addressLines && <p className="text-xs font-medium text-red-700" data-testid="field-error">{errors.addressLines}</p>}
        {!readOnly && lines.length < MAX_LINES && (
          <Button type="button" variant="ghost" size="sm" onClick={() => setLines([...lines, ""])}>
            <Plus className="size-3.5" aria-hidden /> Add address line
          </Button>
        )}
      </fieldset>
      <LiquidField label="Letter copy" value={textOf(content, "copy")} onChange={(value) => onChange(withField(content, "copy", value))} readOnly={readOnly} error={errors.copy} rows={10} />
    </div>
  );
}
