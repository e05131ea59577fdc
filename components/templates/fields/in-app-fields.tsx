"use client";

import { LiquidField } from "../liquid-field";
import { bindTextField, type TChannelFieldsProps } from "./field-props";

/** Title, body and an optional call-to-action button. */
export function InAppFields({ content, onChange, readOnly, errors }: TChannelFieldsProps) {
  const field = bindTextField({ content, onChange, readOnly, errors });
  return (
    <div className="space-y-5">
      <LiquidField label="Title" {...field("title")} />
      <LiquidField label="Body" {...field("body")} rows={5} />
      <div className="grid gap-5 sm:grid-cols-2">
        <LiquidField label="Button label" {...field("ctaLabel", true)} placeholder="Shop now" hint="Leave empty for a message without a button." />
        <LiquidField label="Button URL" {...field("ctaUrl", true)} monospace placeholder="https://shop.example.com/new" />
      </div>
    </div>
  );
}
