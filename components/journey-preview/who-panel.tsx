"use client";

import { ProfilePicker } from "@/components/templates/profile-picker";
import { CheckboxField } from "@/components/ui/form-controls";
import { SegmentedControl } from "@/components/ui/segmented-control";
import type { TChannel } from "@/lib/journey/channels";
import { profileLabel } from "@/lib/message-templates/profile-label";
import type { TProfileDetail } from "@/lib/profiles/profile-schemas";
import type { TPreviewForm } from "./preview-form";
import { ProfileFieldsForm } from "./profile-fields-form";

const WHO_OPTIONS = [
  { value: "real", label: "Real customer" },
  { value: "hypothetical", label: "Hypothetical" },
] as const;

type TProps = {
  form: TPreviewForm;
  onChange: (patch: Partial<TPreviewForm>) => void;
  channels: TChannel[];
  topics: { id: string; name: string }[];
  /** the picked customer's stored values (null while loading or when nobody is picked) */
  real: TProfileDetail | null;
};

/** Who walks the journey: a real customer (found by email, phone, user id or name), edited or not, or a made-up one. */
export function WhoPanel({ form, onChange, channels, topics, real }: TProps) {
  // A case opened from the Tests tab knows her id only; her name shows once her profile loads.
  const identity = (kind: string) => real?.identities.find((i) => i.kind === kind)?.value ?? null;
  const label = real && form.profile && real.id === form.profile.id ? profileLabel(real.traits, identity("email"), identity("userId"), real.id) : form.profile?.label;
  return (
    <div className="space-y-3">
      <SegmentedControl label="Customer kind" value={form.who} options={WHO_OPTIONS} onChange={(who) => onChange({ who })} />
      {form.who === "real" ? (
        <>
          <ProfilePicker caption="Customer" placeholder="Pick a customer" current={form.profile ? { id: form.profile.id, label: label ?? form.profile.label, sample: false } : null} onSelect={(id, label) => onChange({ profile: { id, label } })} />
          {form.profile && (
            <CheckboxField
              label="What if… (change her details for this preview)"
              hint="Only what you change here differs from her real profile; nothing is saved to it."
              checked={form.editReal}
              onCheckedChange={(editReal) => onChange({ editReal })}
            />
          )}
          {form.profile && form.editReal && (
            <div className="rounded-md border border-dashed border-brand-500/40 bg-brand-50/40 p-2.5" role="group" aria-label="Changes to her profile">
              <ProfileFieldsForm fields={form.overrides} onChange={(overrides) => onChange({ overrides })} channels={channels} topics={topics} real={real} />
            </div>
          )}
        </>
      ) : (
        <div role="group" aria-label="Hypothetical customer">
          <ProfileFieldsForm fields={form.hypothetical} onChange={(hypothetical) => onChange({ hypothetical })} channels={channels} topics={topics} />
        </div>
      )}
    </div>
  );
}
