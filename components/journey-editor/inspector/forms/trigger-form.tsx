"use client";

import { REENTRY_POLICIES, type TTriggerData, type TTriggerSource } from "@/lib/journey/nodes/trigger/schema";
import { DurationInput } from "@/components/ui/duration-input";
import { CheckboxField, FormField, FormSection, HelpText, SelectInput, TextInput } from "@/components/ui/form-controls";
import { NumberInput } from "@/components/ui/number-input";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { useTimeZones } from "@/components/ui/use-time-zones";
import { NoSegmentsHint, OptionalCondition, SegmentSelect } from "../../condition-builder";
import { previewCron } from "../cron-preview";
import type { TNodeFormProps } from "../form-props";
import type { TInspectorContext } from "../inspector-context";
import { RadioList } from "@/components/ui/radio-list";

type TSourceKind = TTriggerSource["kind"];

const SOURCE_OPTIONS: { value: TSourceKind; label: string }[] = [
  { value: "event", label: "Event" },
  { value: "segmentEntry", label: "Segment" },
  { value: "schedule", label: "Schedule" },
  { value: "api", label: "API" },
];

const REENTRY_TEXT: Record<(typeof REENTRY_POLICIES)[number], { label: string; hint: string }> = {
  never: { label: "Never", hint: "A profile goes through this journey once in its life." },
  afterExit: { label: "After exit", hint: "A profile may enter again once its previous run has ended." },
  always: { label: "Always", hint: "Every trigger starts a new run, even while one is in progress." },
};

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

function defaultSource(kind: TSourceKind): TTriggerSource {
  switch (kind) {
    case "event":
      return { kind: "event", event: "" };
    case "segmentEntry":
      return { kind: "segmentEntry", segmentId: "" };
    case "schedule":
      return { kind: "schedule", cron: "0 9 * * 1", timezone: browserTimeZone() };
    case "api":
      return { kind: "api" };
  }
}

/** How profiles enter: source, re-entry policy and an optional per-profile entry limit. */
export function TriggerForm({ data, onChange, readOnly, context }: TNodeFormProps<"trigger">) {
  const setSource = (source: TTriggerSource) => onChange({ ...data, source });
  return (
    <div className="space-y-4">
      <FormSection title="Enrols on">
        <SegmentedControl
          label="Trigger source"
          value={data.source.kind}
          options={SOURCE_OPTIONS}
          onChange={(kind) => setSource(kind === data.source.kind ? data.source : defaultSource(kind))}
        />
        <SourceFields source={data.source} onChange={setSource} readOnly={readOnly} context={context} />
      </FormSection>
      <FormSection title="Re-entry" description="What happens when a profile triggers this journey again.">
        <RadioList
          label="Re-entry policy"
          value={data.reentry}
          options={REENTRY_POLICIES.map((p) => ({ value: p, ...REENTRY_TEXT[p] }))}
          onChange={(reentry) => onChange({ ...data, reentry })}
        />
      </FormSection>
      <FormSection title="Entry limit">
        <EntryLimitFields data={data} onChange={onChange} />
      </FormSection>
    </div>
  );
}

function SourceFields({ source, onChange, readOnly, context }: { source: TTriggerSource; onChange: (s: TTriggerSource) => void; readOnly: boolean; context: TInspectorContext }) {
  switch (source.kind) {
    case "event":
      return (
        <div className="space-y-3">
          <FormField label="Event name" hint="The exact name your app sends, e.g. Cart Abandoned.">
            <TextInput value={source.event} placeholder="e.g. Cart Abandoned" onChange={(e) => onChange({ ...source, event: e.target.value })} />
          </FormField>
          <OptionalCondition
            label="Event filter"
            addLabel="Filter by property or trait"
            hint="Traits starting with event. read the event itself (event.properties.total); others read the profile."
            value={source.where}
            readOnly={readOnly}
            context={context}
            onChange={(where) => onChange(where ? { ...source, where } : { kind: "event", event: source.event })}
          />
        </div>
      );
    case "segmentEntry":
      return (
        <FormField label="Entry segment" hint={context.segments.length === 0 ? <NoSegmentsHint /> : "Profiles enrol the moment they enter this segment."}>
          <SegmentSelect label="Entry segment" value={source.segmentId} segments={context.segments} disabled={readOnly} onChange={(segmentId) => onChange({ ...source, segmentId })} />
        </FormField>
      );
    case "schedule":
      return <ScheduleFields source={source} onChange={onChange} readOnly={readOnly} context={context} />;
    case "api":
      return (
        <HelpText className="rounded-md bg-slate-50 p-2 text-xs">
          Your backend enrols profiles with <code className="font-mono text-[11px]">POST /api/v1/journeys/:id/enroll</code>, using a management API key.
        </HelpText>
      );
  }
}

function ScheduleFields({ source, onChange, readOnly, context }: { source: Extract<TTriggerSource, { kind: "schedule" }>; onChange: (s: TTriggerSource) => void; readOnly: boolean; context: TInspectorContext }) {
  const zones = useTimeZones(source.timezone);
  const preview = previewCron(source.cron, source.timezone);
  return (
    <div className="space-y-3">
      <FormField label="Cron schedule" hint="Five fields: minute hour day-of-month month day-of-week.">
        <TextInput className="font-mono" value={source.cron} spellCheck={false} placeholder="0 9 * * 1" onChange={(e) => onChange({ ...source, cron: e.target.value })} />
      </FormField>
      <div aria-label="Schedule preview" aria-live="polite" className={preview.ok ? "rounded-md bg-brand-50 p-2 text-xs text-brand-700" : "rounded-md bg-red-50 p-2 text-xs text-red-700"}>
        {preview.ok ? (
          <>
            <p className="font-semibold">{preview.description}</p>
            <p className="mt-1 text-[11px] text-brand-700/80">Next runs:</p>
            <ul className="text-[11px] text-brand-700/80">
              {preview.nextRuns.map((run) => (
                <li key={run}>{run}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>{preview.message}</p>
        )}
      </div>
      <FormField label="Time zone">
        <SelectInput value={source.timezone} onChange={(e) => onChange({ ...source, timezone: e.target.value })}>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </SelectInput>
      </FormField>
      <FormField label="Audience" hint={context.segments.length === 0 ? <NoSegmentsHint /> : "Each run enrols the members of this segment."}>
        <SegmentSelect
          label="Audience"
          value={source.audienceSegmentId ?? ""}
          segments={context.segments}
          disabled={readOnly}
          emptyLabel="Every profile"
          onChange={(id) => onChange(id === "" ? { kind: "schedule", cron: source.cron, timezone: source.timezone } : { ...source, audienceSegmentId: id })}
        />
      </FormField>
    </div>
  );
}

function EntryLimitFields({ data, onChange }: { data: TTriggerData; onChange: (d: TTriggerData) => void }) {
  const limit = data.entryLimit;
  const setLimit = (entryLimit: TTriggerData["entryLimit"]) => {
    const { entryLimit: _old, ...rest } = data;
    onChange(entryLimit ? { ...rest, entryLimit } : rest);
  };
  return (
    <div className="space-y-2">
      <CheckboxField label="Limit entries per profile" hint="Caps how often one profile may enter, on top of the re-entry policy." checked={limit !== undefined} onCheckedChange={(on) => setLimit(on ? { max: 1, per: { amount: 30, unit: "days" } } : undefined)} />
      {limit && (
        <div className="space-y-2 rounded-md border border-slate-200 p-2">
          <div className="flex items-center gap-1.5 text-xs text-slate-700">
            <span>At most</span>
            <NumberInput aria-label="Maximum entries" integer min={1} value={limit.max} className="w-16" onValueChange={(max) => setLimit({ ...limit, max })} />
            <span>{limit.max === 1 ? "entry" : "entries"}</span>
          </div>
          <SelectInput
            aria-label="Entry limit period"
            value={limit.per ? "window" : "total"}
            onChange={(e) => setLimit(e.target.value === "window" ? { max: limit.max, per: { amount: 30, unit: "days" } } : { max: limit.max })}
          >
            <option value="total">in total, ever</option>
            <option value="window">within a rolling period of…</option>
          </SelectInput>
          {limit.per && <DurationInput label="Entry limit window" value={limit.per} onChange={(per) => setLimit({ ...limit, per })} />}
        </div>
      )}
    </div>
  );
}
