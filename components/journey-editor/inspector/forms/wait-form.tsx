"use client";

import clsx from "clsx";
import { useId } from "react";
import { WEEKDAYS, type TWaitData, type TWeekday } from "@/lib/journey/nodes/wait/schema";
import { DurationInput } from "@/components/ui/duration-input";
import { FormField, FormSection, HelpText, TextInput } from "@/components/ui/form-controls";
import { SegmentedControl } from "@/components/ui/segmented-control";
import type { TNodeFormProps } from "../form-props";

const DAY_LABELS: Record<TWeekday, { short: string; long: string }> = {
  mon: { short: "Mo", long: "Monday" },
  tue: { short: "Tu", long: "Tuesday" },
  wed: { short: "We", long: "Wednesday" },
  thu: { short: "Th", long: "Thursday" },
  fri: { short: "Fr", long: "Friday" },
  sat: { short: "Sa", long: "Saturday" },
  sun: { short: "Su", long: "Sunday" },
};

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A fixed delay, or until a time of day (on chosen weekdays) in the profile's time zone. */
export function WaitForm({ data, onChange }: TNodeFormProps<"wait">) {
  return (
    <div className="space-y-4">
      <FormSection title="Wait">
        <SegmentedControl
          label="Wait mode"
          value={data.mode}
          options={[
            { value: "duration", label: "For a duration" },
            { value: "timeOfDay", label: "Until a time of day" },
          ]}
          onChange={(mode) => {
            if (mode === data.mode) return;
            onChange(mode === "duration" ? { mode, duration: { amount: 1, unit: "days" } } : { mode, time: "09:00" });
          }}
        />
        {data.mode === "duration" ? (
          <div className="space-y-1">
            <DurationInput label="Wait duration" value={data.duration} onChange={(duration) => onChange({ ...data, duration })} />
            <HelpText>Counted from the moment the profile reaches this step. Days are 24-hour spans.</HelpText>
          </div>
        ) : (
          <TimeOfDayFields data={data} onChange={onChange} />
        )}
      </FormSection>
    </div>
  );
}

function TimeOfDayFields({ data, onChange }: { data: Extract<TWaitData, { mode: "timeOfDay" }>; onChange: (d: TWaitData) => void }) {
  const daysLabel = useId();
  const selected = data.days ?? [...WEEKDAYS];
  const toggle = (day: TWeekday) => {
    const next = WEEKDAYS.filter((d) => (d === day ? !selected.includes(d) : selected.includes(d)));
    if (next.length === 0) return;
    // All seven days is the same as no restriction; store it as such so the card reads "until 09:00".
    onChange(next.length === WEEKDAYS.length ? { mode: "timeOfDay", time: data.time } : { ...data, days: next });
  };
  return (
    <div className="space-y-3">
      <FormField label="Time" hint="In each profile's own time zone: 09:00 means 09:00 where they are.">
        <TextInput
          type="time"
          value={data.time}
          onChange={(e) => {
            // A cleared or half-typed time is not stored: the schema needs HH:MM.
            if (TIME.test(e.target.value)) onChange({ ...data, time: e.target.value });
          }}
        />
      </FormField>
      <div className="space-y-1">
        <p className="text-xs font-medium text-slate-700" id={daysLabel}>
          On days
        </p>
        <div role="group" aria-labelledby={daysLabel} className="flex gap-1">
          {WEEKDAYS.map((day) => {
            const on = selected.includes(day);
            return (
              <button
                key={day}
                type="button"
                aria-label={DAY_LABELS[day].long}
                aria-pressed={on}
                disabled={on && selected.length === 1}
                onClick={() => toggle(day)}
                className={clsx(
                  "flex-1 rounded-md border py-1 text-[11px] font-medium focus-visible:outline-2 focus-visible:outline-brand-500 disabled:cursor-not-allowed",
                  on ? "border-brand-500 bg-brand-50 text-brand-700" : "border-slate-300 bg-white text-slate-500 hover:bg-slate-50",
                )}
              >
                {DAY_LABELS[day].short}
              </button>
            );
          })}
        </div>
        <HelpText>{data.days ? "The profile waits for the next chosen day at that time." : "Every day: the profile waits for the next time it is that o'clock."}</HelpText>
      </div>
    </div>
  );
}
