"use client";

import { Plus, X } from "lucide-react";
import { FormField, HelpText, SelectInput, TextInput } from "@/components/ui/form-controls";
import { IconButton } from "@/components/ui/icon-button";
import { useTimeZones } from "@/components/ui/use-time-zones";
import { CHANNEL_LABELS, type TChannel } from "@/lib/journey/channels";
import { randomShortId } from "@/lib/journey/graph";
import type { TProfileDetail } from "@/lib/profiles/profile-schemas";
import { KeyValueRows } from "./key-value-rows";
import { PREVIEW_IDENTITY_KINDS, type TConsentChoice, type TPreviewIdentityKind, type TProfileFields } from "./preview-form";

const IDENTITY_LABELS: Record<TPreviewIdentityKind, string> = { email: "Email", phone: "Phone", userId: "User id", deviceId: "Device", anonymousId: "Anon. id" };
const STATUS_WORDS: Record<string, string> = { subscribed: "subscribed", unsubscribed: "unsubscribed", neverAsked: "never asked" };

type TProps = {
  fields: TProfileFields;
  onChange: (fields: TProfileFields) => void;
  /** the channels the journey sends on (consent is asked for those) */
  channels: TChannel[];
  topics: { id: string; name: string }[];
  /** overriding a real customer: her stored values, shown as what "unchanged" means */
  real?: TProfileDetail | null;
};

/** A consent choice: unchanged (policy default, or hers), subscribed or unsubscribed. */
function ConsentSelect({ label, value, unchanged, onChange }: { label: string; value: TConsentChoice | undefined; unchanged: string; onChange: (value: TConsentChoice | undefined) => void }) {
  return (
    <div className="flex items-center justify-between gap-2">
      <span className="truncate text-xs text-slate-700">{label}</span>
      <SelectInput size="xs" aria-label={`${label} consent`} value={value ?? ""} onChange={(e) => onChange((e.target.value || undefined) as TConsentChoice | undefined)} className="w-40">
        <option value="">{unchanged}</option>
        <option value="subscribed">Subscribed</option>
        <option value="unsubscribed">Unsubscribed</option>
      </SelectInput>
    </div>
  );
}

const without = <K extends string, V>(record: Partial<Record<K, V>>, key: K): Partial<Record<K, V>> => {
  const copy = { ...record };
  delete copy[key];
  return copy;
};

/**
 * Who the customer is, for the preview: traits, identities (the addresses messages go to), time
 * zone, consent per channel and per topic. Over a real customer each field says what she has, and
 * only what is changed here is sent.
 */
export function ProfileFieldsForm({ fields, onChange, channels, topics, real }: TProps) {
  const zones = useTimeZones(fields.timezone || real?.timezone || "");
  const set = (patch: Partial<TProfileFields>) => onChange({ ...fields, ...patch });
  const traitHints = real ? Object.fromEntries(Object.entries(real.traits).map(([k, v]) => [k, `hers: ${JSON.stringify(v)}`])) : undefined;
  const consentDefault = (channel: TChannel) => (real ? `Hers: ${STATUS_WORDS[real.consent[channel]?.status ?? "neverAsked"]}` : "Workspace default");
  return (
    <div className="space-y-3">
      <div className="space-y-1">
        <p className="text-xs font-medium text-slate-700">Traits</p>
        <KeyValueRows noun="Trait" rows={fields.traits} onChange={(traits) => set({ traits })} namePlaceholder="first_name" valuePlaceholder={real ? "new value" : "Jane"} hints={traitHints} />
        <HelpText>Numbers and true / false are read as such; put text in quotes to keep it text (&quot;02134&quot;).</HelpText>
      </div>
      <div className="space-y-1">
        <p className="text-xs font-medium text-slate-700">{real ? "Addresses (replace hers)" : "Addresses"}</p>
        {fields.identities.map((identity, index) => (
          <div key={identity.id} className="flex items-center gap-1.5">
            <SelectInput
              size="xs"
              aria-label={`Address ${index + 1} kind`}
              value={identity.kind}
              onChange={(e) => set({ identities: fields.identities.map((i) => (i.id === identity.id ? { ...i, kind: e.target.value as TPreviewIdentityKind } : i)) })}
              className="w-24 shrink-0"
            >
              {PREVIEW_IDENTITY_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {IDENTITY_LABELS[kind]}
                </option>
              ))}
            </SelectInput>
            <TextInput
              size="xs"
              aria-label={`Address ${index + 1} value`}
              value={identity.value}
              placeholder={identity.kind === "email" ? "jane@example.com" : identity.kind === "phone" ? "+14155550100" : ""}
              onChange={(e) => set({ identities: fields.identities.map((i) => (i.id === identity.id ? { ...i, value: e.target.value } : i)) })}
              className="min-w-0 flex-1"
            />
            <IconButton aria-label={`Remove address ${index + 1}`} tone="danger" onClick={() => set({ identities: fields.identities.filter((i) => i.id !== identity.id) })}>
              <X className="size-3.5" aria-hidden />
            </IconButton>
          </div>
        ))}
        <button
          type="button"
          onClick={() => set({ identities: [...fields.identities, { id: randomShortId(), kind: fields.identities.some((i) => i.kind === "email") ? "deviceId" : "email", value: "" }] })}
          className="flex items-center gap-1 text-xs font-medium text-brand-700 hover:underline"
        >
          <Plus className="size-3.5" aria-hidden /> Add address
        </button>
      </div>
      <FormField label="Time zone" hint="Quiet hours and “at 9:00 their time” waits use it.">
        <SelectInput size="xs" value={fields.timezone} onChange={(e) => set({ timezone: e.target.value })}>
          <option value="">{real ? `Hers: ${real.timezone ?? "not set (UTC)"}` : "Not set (UTC)"}</option>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </SelectInput>
      </FormField>
      {channels.length > 0 && (
        <div className="space-y-1" role="group" aria-label="Consent per channel">
          <p className="text-xs font-medium text-slate-700">Consent</p>
          {channels.map((channel) => (
            <ConsentSelect
              key={channel}
              label={CHANNEL_LABELS[channel]}
              value={fields.consent[channel]}
              unchanged={consentDefault(channel)}
              onChange={(value) => set({ consent: value ? { ...fields.consent, [channel]: value } : without(fields.consent, channel) })}
            />
          ))}
        </div>
      )}
      {topics.length > 0 && (
        <div className="space-y-1" role="group" aria-label="Topics">
          <p className="text-xs font-medium text-slate-700">Topics</p>
          {topics.map((topic) => (
            <ConsentSelect
              key={topic.id}
              label={topic.name}
              value={fields.topics[topic.id]}
              unchanged={real ? "Unchanged" : "Topic default"}
              onChange={(value) => set({ topics: value ? { ...fields.topics, [topic.id]: value } : (without(fields.topics, topic.id) as Record<string, TConsentChoice>) })}
            />
          ))}
        </div>
      )}
    </div>
  );
}
