"use client";

import clsx from "clsx";
import { DURATION_UNITS, type TDuration, type TDurationUnit } from "@/lib/journey/duration";
import { SelectInput, type TControlSize } from "./form-controls";
import { NumberInput } from "./number-input";

const UNIT_LABELS: Record<TDurationUnit, string> = { minutes: "minutes", hours: "hours", days: "days", weeks: "weeks" };

/**
 * An amount and a unit ("3 days"). `label` names both controls for assistive technology and tests:
 * "<label> amount", "<label> unit". Only positive amounts are emitted, as `ZDuration` requires,
 * unless `allowZero` (an offset such as "at the start + 0 minutes") or `allowNegative` (an offset
 * before a reference moment).
 */
export function DurationInput({
  label,
  value,
  onChange,
  disabled,
  size = "sm",
  allowZero = false,
  allowNegative = false,
  className,
}: {
  label: string;
  value: TDuration;
  onChange: (value: TDuration) => void;
  disabled?: boolean;
  size?: TControlSize;
  allowZero?: boolean;
  allowNegative?: boolean;
  className?: string;
}) {
  return (
    <div className={clsx("flex min-w-0 items-center gap-1.5", className)} role="group" aria-label={label}>
      <NumberInput
        aria-label={`${label} amount`}
        value={value.amount}
        min={allowNegative ? undefined : 0}
        minExclusive={!allowZero}
        disabled={disabled}
        size={size}
        onValueChange={(amount) => onChange({ ...value, amount })}
        className="w-20 shrink-0"
      />
      <SelectInput
        aria-label={`${label} unit`}
        value={value.unit}
        disabled={disabled}
        size={size}
        onChange={(event) => onChange({ ...value, unit: event.target.value as TDurationUnit })}
        className="min-w-0 flex-1"
      >
        {DURATION_UNITS.map((unit) => (
          <option key={unit} value={unit}>
            {UNIT_LABELS[unit]}
          </option>
        ))}
      </SelectInput>
    </div>
  );
}
