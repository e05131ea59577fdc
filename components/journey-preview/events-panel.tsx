"use client";

import { Plus, Trash2 } from "lucide-react";
import { useId } from "react";
import { DurationInput } from "@/components/ui/duration-input";
import { HelpText, SelectInput, TextInput } from "@/components/ui/form-controls";
import { IconButton } from "@/components/ui/icon-button";
import { randomShortId } from "@/lib/journey/graph";
import { KeyValueRows } from "./key-value-rows";
import type { TPreviewOffset } from "@/lib/preview/preview-schemas";
import type { TEventRow } from "./preview-form";

type TProps = {
  events: TEventRow[];
  onChange: (events: TEventRow[]) => void;
  /** event names the journey reacts to, offered as suggestions */
  suggestions: string[];
  /** the event that enrols (event triggers) */
  triggerEvent: string | null;
};

/** A new track event row, at the start unless an offset is given. */
export function newEventRow(event = "", after: TPreviewOffset = { amount: 0, unit: "minutes" }): TEventRow {
  return { id: randomShortId(), type: "track", event, after, properties: [] };
}

function EventRow({ row, index, onChange, onRemove, listId }: { row: TEventRow; index: number; onChange: (row: TEventRow) => void; onRemove: () => void; listId: string }) {
  const n = index + 1;
  return (
    <li className="space-y-1.5 rounded-md border border-slate-200 bg-slate-50/60 p-2" role="group" aria-label={`Event ${n}`}>
      <div className="flex items-center gap-1.5">
        <SelectInput size="xs" aria-label={`Event ${n} kind`} value={row.type} onChange={(e) => onChange({ ...row, type: e.target.value as TEventRow["type"] })} className="w-20 shrink-0">
          <option value="track">Track</option>
          <option value="identify">Identify</option>
        </SelectInput>
        {row.type === "track" ? (
          <TextInput size="xs" aria-label={`Event ${n} name`} list={listId} placeholder="Order Completed" value={row.event} onChange={(e) => onChange({ ...row, event: e.target.value })} aria-invalid={row.event.trim() === "" || undefined} className="min-w-0 flex-1" />
        ) : (
          <span className="min-w-0 flex-1 truncate text-xs text-slate-500">sets the traits below</span>
        )}
        <IconButton aria-label={`Remove event ${n}`} tone="danger" onClick={onRemove}>
          <Trash2 className="size-3.5" aria-hidden />
        </IconButton>
      </div>
      <div className="flex items-center gap-1.5">
        <span className="shrink-0 text-xs text-slate-600">at start +</span>
        <DurationInput label={`Event ${n} time`} size="xs" allowZero allowNegative value={row.after} onChange={(after) => onChange({ ...row, after })} className="min-w-0 flex-1" />
      </div>
      <KeyValueRows noun={row.type === "track" ? `Event ${n} property` : `Event ${n} trait`} rows={row.properties} onChange={(properties) => onChange({ ...row, properties })} namePlaceholder={row.type === "track" ? "total" : "plan"} valuePlaceholder={row.type === "track" ? "80" : "pro"} />
    </li>
  );
}

/** The scripted future: events at offsets from the start, with properties (track) or traits (identify). */
export function EventsPanel({ events, onChange, suggestions, triggerEvent }: TProps) {
  const listId = useId();
  const hasTrigger = triggerEvent !== null && events.some((e) => e.type === "track" && e.event.trim() === triggerEvent);
  return (
    <div className="space-y-2">
      <datalist id={listId}>
        {suggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {triggerEvent && !hasTrigger && (
        <div className="rounded-md border border-amber-200 bg-amber-50 px-2.5 py-2 text-xs text-amber-900">
          <p>The journey starts when a customer performs “{triggerEvent}”.</p>
          <button type="button" onClick={() => onChange([newEventRow(triggerEvent), ...events])} className="mt-1 font-medium text-amber-950 underline">
            Add “{triggerEvent}” at the start
          </button>
        </div>
      )}
      {events.length > 0 && (
        <ol className="space-y-2">
          {events.map((row, index) => (
            <EventRow key={row.id} row={row} index={index} listId={listId} onChange={(next) => onChange(events.map((e) => (e.id === row.id ? next : e)))} onRemove={() => onChange(events.filter((e) => e.id !== row.id))} />
          ))}
        </ol>
      )}
      <button type="button" onClick={() => onChange([...events, newEventRow("", { amount: 1, unit: "hours" })])} className="flex items-center gap-1 text-xs font-medium text-brand-700 hover:underline">
        <Plus className="size-3.5" aria-hidden /> Add event
      </button>
      <HelpText>A real customer&apos;s history up to the start counts too. A negative time puts an event before the start, as history (“Order Completed” at −2 days).</HelpText>
    </div>
  );
}
