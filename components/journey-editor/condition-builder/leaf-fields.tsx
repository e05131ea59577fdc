"use client";

import { Plus, X } from "lucide-react";
import Link from "next/link";
import type { JSX } from "react";
import { CHANNEL_LABELS, CHANNELS, type TChannel } from "@/lib/journey/channels";
import {
  CONSENT_STATUSES,
  EVENT_COUNT_OPERATORS,
  type TConsentCondition,
  type TEngagementCondition,
  type TEventCondition,
  type TSegmentCondition,
  type TTraitCondition,
} from "@/lib/journey/conditions/schema";
import { Button } from "@/components/ui/button";
import { DurationInput } from "@/components/ui/duration-input";
import { CheckboxField, HelpText, SelectInput, TextInput } from "@/components/ui/form-controls";
import { IconButton } from "@/components/ui/icon-button";
import { NumberInput } from "@/components/ui/number-input";
import { useBuilder } from "./builder-context";
import { ComparisonFields } from "./comparison-fields";
import type { TLeafKind } from "./condition-ops";

type TLeafProps<C> = { name: string; condition: C; onChange: (next: C) => void };

/** A profile trait compared with a value. */
function TraitFields({ name, condition, onChange }: TLeafProps<TTraitCondition>) {
  const { readOnly } = useBuilder();
  return (
    <div className="space-y-1.5">
      <TextInput size="xs" aria-label={`${name} trait`} placeholder="trait, e.g. plan or address.city" value={condition.path} disabled={readOnly} onChange={(event) => onChange({ ...condition, path: event.target.value })} />
      <ComparisonFields name={name} comparison={condition} disabled={readOnly} onChange={(cmp) => onChange(cmp.value === undefined ? { kind: "trait", path: condition.path, op: cmp.op } : { kind: "trait", path: condition.path, op: cmp.op, value: cmp.value })} />
    </div>
  );
}

const COUNT_LABELS = { atLeast: "at least", atMost: "at most", exactly: "exactly" } as const;

/** How often the profile performed an event, optionally in a window and matching property filters. */
function EventFields({ name, condition, onChange }: TLeafProps<TEventCondition>) {
  const { readOnly } = useBuilder();
  const filters = condition.where ?? [];
  const setFilters = (where: NonNullable<TEventCondition["where"]>) => {
    const { where: _old, ...rest } = condition;
    onChange(where.length === 0 ? rest : { ...rest, where });
  };
  return (
    <div className="space-y-1.5">
      <TextInput size="xs" aria-label={`${name} event name`} placeholder="event, e.g. Order Completed" value={condition.name} disabled={readOnly} onChange={(event) => onChange({ ...condition, name: event.target.value })} />
      <div className="flex items-center gap-1.5">
        <SelectInput size="xs" aria-label={`${name} count operator`} value={condition.op} disabled={readOnly} className="min-w-0 flex-1" onChange={(event) => onChange({ ...condition, op: event.target.value as TEventCondition["op"] })}>
          {EVENT_COUNT_OPERATORS.map((op) => (
            <option key={op} value={op}>
              {COUNT_LABELS[op]}
            </option>
          ))}
        </SelectInput>
        <NumberInput size="xs" aria-label={`${name} count`} integer min={0} value={condition.count} disabled={readOnly} className="w-16 shrink-0" onValueChange={(count) => onChange({ ...condition, count })} />
        <span className="text-xs text-slate-600">{condition.count === 1 ? "time" : "times"}</span>
      </div>
      <CheckboxField
        label="Only count the last…"
        checked={condition.within !== undefined}
        disabled={readOnly}
        onCheckedChange={(on) => {
          const { within: _old, ...rest } = condition;
          onChange(on ? { ...rest, within: { amount: 7, unit: "days" } } : rest);
        }}
      />
      {condition.within && <DurationInput size="xs" label={`${name} window`} value={condition.within} disabled={readOnly} onChange={(within) => onChange({ ...condition, within })} />}
      {filters.map((filter, index) => {
        const filterName = `${name} filter ${index + 1}`;
        return (
          <div key={index} className="space-y-1.5 border-l-2 border-dashed border-slate-300 py-0.5 pl-1.5">
            <div className="flex items-center gap-1">
              <span className="shrink-0 text-[11px] text-slate-500">where</span>
              <TextInput size="xs" aria-label={`${filterName} property`} placeholder="property, e.g. total" value={filter.path} disabled={readOnly} onChange={(event) => setFilters(filters.map((f, i) => (i === index ? { ...f, path: event.target.value } : f)))} />
              <IconButton aria-label={`Remove ${filterName}`} tone="danger" disabled={readOnly} onClick={() => setFilters(filters.filter((_, i) => i !== index))}>
                <X className="size-3.5" aria-hidden />
              </IconButton>
            </div>
            <ComparisonFields
              name={filterName}
              comparison={filter}
              disabled={readOnly}
              onChange={(cmp) => setFilters(filters.map((f, i) => (i === index ? (cmp.value === undefined ? { path: f.path, op: cmp.op } : { path: f.path, op: cmp.op, value: cmp.value }) : f)))}
            />
          </div>
        );
      })}
      <Button type="button" variant="ghost" size="sm" aria-label={`Add property filter to ${name}`} disabled={readOnly} onClick={() => setFilters([...filters, { path: "", op: "equals", value: "" }])}>
        <Plus className="size-3" aria-hidden /> Property filter
      </Button>
    </div>
  );
}

const ENGAGEMENT_OPTIONS = [
  { value: "opened", label: "opened", engagement: "opened", negate: false },
  { value: "not-opened", label: "did not open", engagement: "opened", negate: true },
  { value: "clicked", label: "clicked", engagement: "clicked", negate: false },
  { value: "not-clicked", label: "did not click", engagement: "clicked", negate: true },
  { value: "delivered", label: "received", engagement: "delivered", negate: false },
  { value: "not-delivered", label: "did not receive", engagement: "delivered", negate: true },
] as const;

/** Engagement with the message an earlier message step of this journey sent. */
function EngagementFields({ name, condition, onChange }: TLeafProps<TEngagementCondition>) {
  const { readOnly, context } = useBuilder();
  const messages = context.nodes.filter((n) => n.type === "message");
  const current = ENGAGEMENT_OPTIONS.find((o) => o.engagement === condition.engagement && o.negate === (condition.negate ?? false)) ?? ENGAGEMENT_OPTIONS[0];
  const known = condition.nodeId === "" || messages.some((m) => m.id === condition.nodeId);
  return (
    <div className="space-y-1.5">
      <SelectInput
        size="xs"
        aria-label={`${name} engagement`}
        value={current.value}
        disabled={readOnly}
        onChange={(event) => {
          const picked = ENGAGEMENT_OPTIONS.find((o) => o.value === event.target.value) ?? ENGAGEMENT_OPTIONS[0];
          onChange(picked.negate ? { kind: "engagement", nodeId: condition.nodeId, engagement: picked.engagement, negate: true } : { kind: "engagement", nodeId: condition.nodeId, engagement: picked.engagement });
        }}
      >
        {ENGAGEMENT_OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </SelectInput>
      <SelectInput size="xs" aria-label={`${name} message step`} value={condition.nodeId} disabled={readOnly} onChange={(event) => onChange({ ...condition, nodeId: event.target.value })}>
        <option value="">Choose a message step…</option>
        {messages.map((m) => (
          <option key={m.id} value={m.id}>
            {m.label}
          </option>
        ))}
        {!known && <option value={condition.nodeId}>Missing step {condition.nodeId}</option>}
      </SelectInput>
      {messages.length === 0 && <HelpText>This journey has no message steps yet. Add one earlier on the path, then pick it here.</HelpText>}
    </div>
  );
}

const CONSENT_LABELS = { subscribed: "is subscribed to", unsubscribed: "is unsubscribed from", neverAsked: "was never asked about" } as const;

/** The profile's consent on one channel. */
function ConsentFields({ name, condition, onChange }: TLeafProps<TConsentCondition>) {
  const { readOnly } = useBuilder();
  return (
    <div className="@container">
      <div className="grid grid-cols-1 gap-1.5 @min-[16.5rem]:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <SelectInput size="xs" aria-label={`${name} consent status`} value={condition.status} disabled={readOnly} onChange={(event) => onChange({ ...condition, status: event.target.value as TConsentCondition["status"] })}>
        {CONSENT_STATUSES.map((s) => (
          <option key={s} value={s}>
            {CONSENT_LABELS[s]}
          </option>
        ))}
      </SelectInput>
      <SelectInput size="xs" aria-label={`${name} channel`} value={condition.channel} disabled={readOnly} onChange={(event) => onChange({ ...condition, channel: event.target.value as TChannel })}>
        {CHANNELS.map((c) => (
          <option key={c} value={c}>
            {CHANNEL_LABELS[c]}
          </option>
        ))}
      </SelectInput>
      </div>
    </div>
  );
}

/** Membership of a segment of the workspace. */
function SegmentFields({ name, condition, onChange }: TLeafProps<TSegmentCondition>) {
  const { readOnly, context } = useBuilder();
  return (
    <div className="@container space-y-1.5">
      <div className="grid grid-cols-1 gap-1.5 @min-[14rem]:grid-cols-[6rem_minmax(0,1fr)]">
        <SelectInput size="xs" aria-label={`${name} membership`} value={condition.inSegment ? "in" : "out"} disabled={readOnly} onChange={(event) => onChange({ ...condition, inSegment: event.target.value === "in" })}>
          <option value="in">is in</option>
          <option value="out">is not in</option>
        </SelectInput>
        <SegmentSelect label={`${name} segment`} value={condition.segmentId} segments={context.segments} disabled={readOnly} onChange={(segmentId) => onChange({ ...condition, segmentId })} size="xs" />
      </div>
      {context.segments.length === 0 && <NoSegmentsHint />}
    </div>
  );
}

/** A picker over the workspace's segments that keeps showing a stored id it no longer knows. */
export function SegmentSelect({
  label,
  value,
  segments,
  onChange,
  disabled,
  size = "sm",
  emptyLabel = "Choose a segment…",
  id,
  "aria-describedby": describedBy,
}: {
  label: string;
  value: string;
  segments: readonly { id: string; name: string }[];
  onChange: (id: string) => void;
  disabled: boolean;
  size?: "sm" | "xs";
  emptyLabel?: string;
  id?: string;
  "aria-describedby"?: string;
}) {
  const known = value === "" || segments.some((s) => s.id === value);
  return (
    <SelectInput id={id} size={size} aria-label={label} aria-describedby={describedBy} value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
      <option value="">{emptyLabel}</option>
      {segments.map((s) => (
        <option key={s.id} value={s.id}>
          {s.name}
        </option>
      ))}
      {!known && <option value={value}>Unknown segment ({value})</option>}
    </SelectInput>
  );
}

export function NoSegmentsHint() {
  return (
    <HelpText>
      No segments yet — create one in{" "}
      <Link href="/segments" className="font-medium text-brand-700 underline">
        Segments
      </Link>
      .
    </HelpText>
  );
}

export const LEAF_KIND_LABELS: Record<TLeafKind, string> = {
  trait: "Profile trait",
  event: "Performed event",
  engagement: "Engagement",
  consent: "Consent",
  segment: "Segment",
};

type TLeafOf<K extends TLeafKind> = Extract<TTraitCondition | TEventCondition | TEngagementCondition | TConsentCondition | TSegmentCondition, { kind: K }>;

/** The fields of each rule kind; a new condition kind is one component and one line here. */
export const LEAF_FIELDS: { [K in TLeafKind]: (props: TLeafProps<TLeafOf<K>>) => JSX.Element } = {
  trait: TraitFields,
  event: EventFields,
  engagement: EngagementFields,
  consent: ConsentFields,
  segment: SegmentFields,
};
