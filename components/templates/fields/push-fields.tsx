"use client";

import { LiquidField } from "../liquid-field";
import { bindTextField, type TChannelFieldsProps } from "./field-props";

/** Title and body, with an optional deep link and image. */
export function PushFields({ content, onChange, readOnly, errors }: TChannelFieldsProps) {
  const field = bindTextField({ content, onChange, readOnly, errors });
  return (
    <div className="space-y-5">
      <LiquidField label="Title" {...field("title")} hint="Lock screens cut titles at about 40 characters." />
      <LiquidField label="Body" {...field("body")} rows={4} hint="About 120 characters show before the notification folds." />
      <div className="grid gap-5 sm:grid-cols-2">
        <LiquidField label="Deep link" {...field("deepLink", true)} monospace placeholder="app://cart" hint="Where a tap opens; optional." />
        <LiquidField label="Image URL" {...field("imageUrl", true)} monospace placeholder="https://cdn.example.com/hero.png" hint="Shown in the expanded notification; optional." />
      </div>
    </div>
  );
}
