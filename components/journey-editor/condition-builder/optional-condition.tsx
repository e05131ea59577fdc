"use client";

import { Filter, X } from "lucide-react";
import type { TCondition } from "@/lib/journey/conditions/schema";
import { Button } from "@/components/ui/button";
import { HelpText } from "@/components/ui/form-controls";
import type { TInspectorContext } from "../inspector/inspector-context";
import { ConditionBuilder } from "./condition-builder";
import { defaultCondition } from "./condition-ops";

/**
 * A condition that may be absent (a trigger's filter, a goal's filter, exit criteria): a button
 * adds it as an "all" group with one rule; "Remove" takes it away again (`undefined`).
 */
export function OptionalCondition({
  label,
  addLabel,
  hint,
  value,
  onChange,
  readOnly,
  context,
}: {
  label: string;
  addLabel: string;
  hint?: string;
  value: TCondition | undefined;
  onChange: (next: TCondition | undefined) => void;
  readOnly: boolean;
  context: TInspectorContext;
}) {
  if (value === undefined) {
    return (
      <div className="space-y-1">
        <Button type="button" size="sm" disabled={readOnly} onClick={() => onChange({ kind: "all", conditions: [defaultCondition("trait")] })}>
          <Filter className="size-3" aria-hidden /> {addLabel}
        </Button>
        {hint && <HelpText>{hint}</HelpText>}
      </div>
    );
  }
  return (
    <div className="space-y-1.5">
      <div className="flex items-center justify-between gap-2">
        <span className="text-xs font-medium text-slate-700">{label}</span>
        <Button type="button" variant="ghost" size="sm" aria-label={`Remove ${label.toLowerCase()}`} disabled={readOnly} onClick={() => onChange(undefined)}>
          <X className="size-3" aria-hidden /> Remove
        </Button>
      </div>
      {hint && <HelpText>{hint}</HelpText>}
      <ConditionBuilder label={label} value={value} onChange={onChange} readOnly={readOnly} context={context} />
    </div>
  );
}
