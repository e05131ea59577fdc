"use client";

import { LiquidField } from "../liquid-field";
import { textOf, withField, type TChannelFieldsProps } from "./field-props";

/** The paid-media audience the customer joins. */
export function AdsAudienceFields({ content, onChange, readOnly, errors }: TChannelFieldsProps) {
  return (
    <LiquidField
      label="Audience name"
      value={textOf(content, "audienceName")}
      onChange={(value) => onChange(withField(content, "audienceName", value))}
      readOnly={readOnly}
      error={errors.audienceName}
      placeholder="Cart abandoners · retargeting"
      hint="The ads adapter adds the customer's hashed email and phone to this audience, creating it on first use."
    />
  );
}
