"use client";

import { LiquidField } from "../liquid-field";
import { textOf, withField, type TChannelFieldsProps } from "./field-props";

/** Title, body and an optional call-to-action button. */
export function InAppFields({ content, onChange, readOnly, errors }: TChannelFieldsProps) {
  const field = (key: string, optional = false) => ({
    value: textOf(content, key),
    onChange: (value: string) => onChange(withField(content, key, optional && value === "" ? undefined : value)),
    readOnly,
    error: errors[key],
  });
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
