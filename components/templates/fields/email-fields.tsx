"use client";

import { LiquidField } from "../liquid-field";
import { bindTextField, type TChannelFieldsProps } from "./field-props";

/** Subject, preheader, HTML body and its plain-text part. */
export function EmailFields({ content, onChange, readOnly, errors }: TChannelFieldsProps) {
  const field = bindTextField({ content, onChange, readOnly, errors });
  return (
    <div className="space-y-5">
      <LiquidField label="Subject" {...field("subject")} placeholder="{{ profile.traits.first_name }}, your cart is waiting" hint="Keep it under about 50 characters so phones show all of it." />
      <LiquidField label="Preheader" {...field("preheader")} placeholder="The line inboxes show after the subject" hint="Inboxes show it after the subject; leave empty to let them pick the first text." />
      <LiquidField label="HTML body" {...field("html")} rows={14} monospace />
      <LiquidField label="Plain-text part" {...field("text")} rows={5} hint="What text-only clients and some spam filters read; keep it in step with the HTML." />
    </div>
  );
}
