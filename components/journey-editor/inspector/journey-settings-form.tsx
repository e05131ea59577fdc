"use client";

import type { JSX } from "react";
import type { TJourneyGoal, TJourneySettings } from "@/lib/journey/settings";
import { DurationInput } from "@/components/ui/duration-input";
import { CheckboxField, FormField, FormSection, TextInput } from "@/components/ui/form-controls";
import { NumberInput } from "@/components/ui/number-input";
import { OptionalCondition } from "../condition-builder";
import type { TInspectorContext } from "./inspector-context";

/** A goal to start from: purchases are what most journeys are for, counted over a week. */
const DEFAULT_GOAL: TJourneyGoal = { event: "Order Completed", within: { amount: 7, unit: "days" }, exitOnGoal: false };

function without<K extends keyof TJourneySettings>(settings: TJourneySettings, key: K): TJourneySettings {
  const copy = { ...settings };
  delete copy[key];
  return copy;
}

/** Journey-wide settings: conversion goal, exit criteria, frequency-cap exemption and entry throttle. */
export function JourneySettingsForm({ settings, onChange, readOnly, context }: { settings: TJourneySettings; onChange: (s: TJourneySettings) => void; readOnly: boolean; context: TInspectorContext }): JSX.Element {
  const set = <K extends keyof TJourneySettings>(key: K, value: TJourneySettings[K] | undefined) => onChange(value === undefined ? without(settings, key) : { ...settings, [key]: value });
  const { goal, entryLimit } = settings;
  return (
    <fieldset disabled={readOnly} aria-label="Journey settings" className="min-w-0 space-y-4">
      <FormSection title="Conversion goal" description="What this journey is for. Conversions are reported per step and per variant.">
        <CheckboxField label="Track a conversion goal" checked={goal !== undefined} onCheckedChange={(on) => set("goal", on ? DEFAULT_GOAL : undefined)} />
        {goal && (
          <div className="space-y-3 rounded-md border border-slate-200 p-2">
            <FormField label="Conversion event" hint="The event that counts as converting." error={goal.event.trim() === "" ? "Enter the conversion event." : undefined}>
              <TextInput value={goal.event} placeholder="e.g. Order Completed" onChange={(e) => set("goal", { ...goal, event: e.target.value })} />
            </FormField>
            <OptionalCondition
              label="Goal filter"
              addLabel="Only count some conversions"
              hint="E.g. event.properties.total is at least 50."
              value={goal.where}
              readOnly={readOnly}
              context={context}
              onChange={(where) => {
                const { where: _old, ...rest } = goal;
                set("goal", where ? { ...rest, where } : rest);
              }}
            />
            <div className="space-y-1">
              <p className="text-xs font-medium text-slate-700">Goal window</p>
              <DurationInput label="Goal window" value={goal.within} onChange={(within) => set("goal", { ...goal, within })} />
              <p className="text-[11px] text-slate-500">A conversion counts when it happens within this long after entry.</p>
            </div>
            <CheckboxField label="Exit when the goal is reached" hint="Converted profiles leave at once instead of receiving the rest of the journey." checked={goal.exitOnGoal} onCheckedChange={(exitOnGoal) => set("goal", { ...goal, exitOnGoal })} />
          </div>
        )}
      </FormSection>
      <FormSection title="Exit criteria" description="Checked whenever a profile changes: a match ends their journey wherever they are.">
        <OptionalCondition label="Exit criteria" addLabel="Add exit criteria" value={settings.exitCriteria} readOnly={readOnly} context={context} onChange={(exitCriteria) => set("exitCriteria", exitCriteria)} />
      </FormSection>
      <FormSection title="Frequency cap">
        <CheckboxField
          label="Exempt this journey from the frequency cap"
          hint="Its messages neither count toward nor obey the workspace cap. Use for transactional journeys only."
          checked={settings.frequencyCapExempt}
          onCheckedChange={(frequencyCapExempt) => onChange({ ...settings, frequencyCapExempt })}
        />
      </FormSection>
      <FormSection title="Entry limit">
        <CheckboxField label="Throttle entries" hint="Caps how many profiles (all together) may enter in a period, e.g. for a launch." checked={entryLimit !== undefined} onCheckedChange={(on) => set("entryLimit", on ? { max: 1000, per: { amount: 1, unit: "days" } } : undefined)} />
        {entryLimit && (
          <div className="space-y-1.5 rounded-md border border-slate-200 p-2">
            <div className="flex items-center gap-1.5 text-xs text-slate-700">
              <span>At most</span>
              <NumberInput aria-label="Maximum journey entries" integer min={1} value={entryLimit.max} className="w-24" onValueChange={(max) => set("entryLimit", { ...entryLimit, max })} />
              <span>entries per</span>
            </div>
            <DurationInput label="Journey entry window" value={entryLimit.per} onChange={(per) => set("entryLimit", { ...entryLimit, per })} />
          </div>
        )}
      </FormSection>
    </fieldset>
  );
}
