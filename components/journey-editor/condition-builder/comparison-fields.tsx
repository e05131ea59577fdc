"use client";

import { useState } from "react";
import type { TComparisonOperator, TComparisonValue } from "@/lib/journey/conditions/schema";
import { DurationInput } from "@/components/ui/duration-input";
import { controlClass, SelectInput, TextInput } from "@/components/ui/form-controls";
import { NumberInput } from "@/components/ui/number-input";
import {
  fitsValueType,
  inferValueType,
  OPERATOR_LABELS,
  OPERATORS_BY_TYPE,
  parseList,
  VALUE_TYPE_LABELS,
  VALUE_TYPES,
  withOperator,
  withValueType,
  type TValueType,
} from "./comparison-value";

type TComparison = { op: TComparisonOperator; value?: TComparisonValue };

/**
 * Value type, operator and value of a trait comparison or an event property filter. `name`
 * prefixes the accessible labels: "<name> value type", "<name> operator", "<name> value".
 */
export function ComparisonFields({ name, comparison, onChange, disabled }: { name: string; comparison: TComparison; onChange: (next: TComparison) => void; disabled: boolean }) {
  const { op, value } = comparison;
  // "is set" fits every type, so the marketer's pick is remembered while it still fits the stored comparison.
  const [picked, setPicked] = useState<TValueType | undefined>(undefined);
  const type = picked && fitsValueType(picked, op, value) ? picked : inferValueType(op, value);

  return (
    <div className="@container space-y-1.5">
      {/* Side by side where there is room; stacked in deeply nested rows so neither select truncates. */}
      <div className="grid grid-cols-1 gap-1.5 @min-[14rem]:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <SelectInput
          size="xs"
          aria-label={`${name} value type`}
          value={type}
          disabled={disabled}
          onChange={(event) => {
            const next = event.target.value as TValueType;
            setPicked(next);
            onChange(withValueType(next, op, value));
          }}
        >
          {VALUE_TYPES.map((t) => (
            <option key={t} value={t}>
              {VALUE_TYPE_LABELS[t]}
            </option>
          ))}
        </SelectInput>
        <SelectInput
          size="xs"
          aria-label={`${name} operator`}
          value={op}
          disabled={disabled}
          onChange={(event) => {
            setPicked(type);
            onChange(withOperator(type, event.target.value as TComparisonOperator, value));
          }}
        >
          {OPERATORS_BY_TYPE[type].map((o) => (
            <option key={o} value={o}>
              {OPERATOR_LABELS[o]}
            </option>
          ))}
        </SelectInput>
      </div>
      <ComparisonValueInput name={name} type={type} op={op} value={value} disabled={disabled} onChange={(next) => onChange(next === undefined ? { op } : { op, value: next })} />
    </div>
  );
}

function ComparisonValueInput({
  name,
  type,
  op,
  value,
  onChange,
  disabled,
}: {
  name: string;
  type: TValueType;
  op: TComparisonOperator;
  value: TComparisonValue | undefined;
  onChange: (value: TComparisonValue | undefined) => void;
  disabled: boolean;
}) {
  const label = `${name} value`;
  if (op === "exists" || op === "notExists") return null;
  if (op === "withinLast") {
    const duration = value !== null && typeof value === "object" && !Array.isArray(value) ? value : { amount: 7, unit: "days" as const };
    return <DurationInput size="xs" label={label} value={duration} onChange={onChange} disabled={disabled} />;
  }
  if (op === "in") {
    return <ListInput label={label} type={type} value={Array.isArray(value) ? value : []} onChange={onChange} disabled={disabled} />;
  }
  if (op === "before" || op === "after") {
    return <TextInput size="xs" type="date" aria-label={label} value={typeof value === "string" ? value.slice(0, 10) : ""} disabled={disabled} onChange={(event) => onChange(event.target.value)} />;
  }
  if (type === "number") {
    return <NumberInput size="xs" aria-label={label} value={typeof value === "number" ? value : undefined} disabled={disabled} onValueChange={onChange} placeholder="a number" />;
  }
  if (type === "boolean") {
    return (
      <SelectInput size="xs" aria-label={label} value={value === false ? "false" : "true"} disabled={disabled} onChange={(event) => onChange(event.target.value === "true")}>
        <option value="true">yes (true)</option>
        <option value="false">no (false)</option>
      </SelectInput>
    );
  }
  return <TextInput size="xs" aria-label={label} value={typeof value === "string" ? value : value == null ? "" : String(value)} disabled={disabled} placeholder="a value" onChange={(event) => onChange(event.target.value)} />;
}

/** Comma-separated values, kept as typed (trailing comma and all) while the list is emitted. */
function ListInput({ label, type, value, onChange, disabled }: { label: string; type: TValueType; value: (string | number)[]; onChange: (value: (string | number)[]) => void; disabled: boolean }) {
  const key = JSON.stringify(value);
  const [text, setText] = useState(value.join(", "));
  const [shown, setShown] = useState(key);
  if (shown !== key) {
    setShown(key);
    setText(value.join(", "));
  }
  return (
    <input
      type="text"
      aria-label={label}
      value={text}
      disabled={disabled}
      placeholder={type === "number" ? "e.g. 1, 2, 3" : "e.g. pro, team"}
      className={controlClass("xs")}
      onChange={(event) => {
        const list = parseList(event.target.value, type);
        setText(event.target.value);
        setShown(JSON.stringify(list));
        onChange(list);
      }}
    />
  );
}
