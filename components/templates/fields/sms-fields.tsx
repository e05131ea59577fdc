"use client";

import { LiquidField } from "../liquid-field";
import { SmsCounter } from "../sms-counter";
import { textOf, withField, type TChannelFieldsProps } from "./field-props";

/** The SMS body, with the live length / encoding / segment counter of the message as sent. */
export function SmsFields({ content, onChange, readOnly, errors, preview, previewStale }: TChannelFieldsProps) {
  const body = textOf(content, "body");
  return (
    <LiquidField
      label="Body"
      value={body}
      onChange={(value) => onChange(withField(content, "body", value))}
      readOnly={readOnly}
      error={errors.body}
      rows={6}
      placeholder="Hi {{ profile.traits.first_name }}! …"
      hint="Carriers require an opt-out line such as “Reply STOP to opt out”."
      footer={<SmsCounter sms={preview?.sms} profileLabel={preview && !preview.profile.sample ? preview.profile.label : null} stale={previewStale} broken={preview?.errors.some((e) => e.field === "body") ?? false} />}
    />
  );
}
