"use client";

import { CHANNEL_LABELS, CONSENT_SENSITIVE_CHANNELS, MESSAGE_CHANNELS, type TMessageChannel } from "@/lib/journey/channels";
import { CheckboxField, FormField, FormSection, HelpText, SelectInput } from "@/components/ui/form-controls";
import { RadioList } from "@/components/ui/radio-list";
import type { TNodeFormProps } from "../form-props";
import { FallbackChannels } from "../message/fallback-channels";
import { templateChannels, withChannel } from "../message/message-channels";
import { TemplatePicker } from "../message/template-picker";
import { TemplatePreview } from "../message/template-preview";

/** Channel (or best with fallbacks), template with a live preview, and the delivery rules it obeys. */
export function MessageForm({ data, onChange, context }: TNodeFormProps<"message">) {
  const channels = templateChannels(data);
  const template = context.templates.find((t) => t.id === data.templateId);
  const sensitive = channels.filter((c) => CONSENT_SENSITIVE_CHANNELS.includes(c));
  return (
    <div className="space-y-4">
      <FormSection title="Channel">
        <FormField
          label="Channel"
          hint={
            data.channel === "best"
              ? "Each profile gets the channel they engage with most; the list below is tried in order when that cannot be used."
              : sensitive.length > 0
                ? `${CHANNEL_LABELS[data.channel]} needs explicit opt-in: profiles without consent take the Skipped path.`
                : undefined
          }
        >
          <SelectInput value={data.channel} onChange={(e) => onChange(withChannel(data, e.target.value as TMessageChannel, context.templates))}>
            {MESSAGE_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_LABELS[c]}
              </option>
            ))}
          </SelectInput>
        </FormField>
        {data.channel === "best" && (
          <FallbackChannels
            value={data.fallbackChannels ?? []}
            onChange={(fallbackChannels) => {
              const next = { ...data, fallbackChannels };
              onChange(template && !fallbackChannels.includes(template.channel) ? { ...next, templateId: null } : next);
            }}
          />
        )}
      </FormSection>
      <FormSection title="Content">
        <TemplatePicker channels={channels} value={data.templateId} templates={context.templates} onChange={(templateId) => onChange({ ...data, templateId })} />
        <TemplatePreview templateId={data.templateId} channel={template?.channel ?? channels[0] ?? "email"} />
      </FormSection>
      <FormSection title="Subscription topic">
        <FormField label="Topic" hint="Customers unsubscribed from the topic (or who never chose, where it is opt-in) take the Skipped path; its unsubscribe link stops only this topic.">
          <SelectInput value={data.topicId ?? ""} onChange={(e) => onChange({ ...data, topicId: e.target.value || null })}>
            <option value="">None (channel consent only)</option>
            {(context.topics ?? []).map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
            {data.topicId && !(context.topics ?? []).some((t) => t.id === data.topicId) && <option value={data.topicId}>Archived or deleted topic</option>}
          </SelectInput>
        </FormField>
      </FormSection>
      <FormSection title="Delivery rules">
        <RadioList
          label="When sending is blocked"
          value={data.onSkip}
          options={[
            { value: "skip", label: "Skip it", hint: "Quiet hours or the frequency cap send the profile down the Skipped path at once." },
            { value: "defer", label: "Wait and send later", hint: "Hold the profile until quiet hours end or the cap frees up, then send." },
          ]}
          onChange={(onSkip) => onChange({ ...data, onSkip })}
        />
        <HelpText>Missing consent always skips, whatever you pick here.</HelpText>
        <CheckboxField label="Respect quiet hours" hint="No sends during the workspace's quiet hours, in the profile's time zone." checked={data.respectQuietHours} onCheckedChange={(respectQuietHours) => onChange({ ...data, respectQuietHours })} />
        <CheckboxField
          label="Exempt from the frequency cap"
          hint="For transactional messages (receipts, password resets): they neither count toward nor obey the cap."
          checked={data.frequencyCapExempt}
          onCheckedChange={(frequencyCapExempt) => onChange({ ...data, frequencyCapExempt })}
        />
      </FormSection>
    </div>
  );
}
