"use client";

import { useState, type InputHTMLAttributes } from "react";
import { controlClass, type TControlSize } from "./form-controls";

type TNumberInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "type" | "size" | "min"> & {
  value: number | undefined;
  /** Called only with numbers that pass the bounds below; other text stays a local draft. */
  onValueChange: (value: number) => void;
  integer?: boolean;
  min?: number;
  /** `min` itself is not allowed (durations must be greater than 0). */
  minExclusive?: boolean;
  max?: number;
  size?: TControlSize;
};

function format(value: number | undefined): string {
  return value === undefined || Number.isNaN(value) ? "" : String(value);
}

/**
 * A number field that never emits a number the schema would refuse: while the text is blank or
 * out of bounds it is kept as a local draft (marked invalid) and the last good value stands.
 */
export function NumberInput({ value, onValueChange, integer, min, minExclusive, max, size = "sm", className, ...props }: TNumberInputProps) {
  const [text, setText] = useState(format(value));
  const [shown, setShown] = useState(value);
  // The value changed from outside (another control, undo): show it. Derived during render, as React advises.
  if (shown !== value) {
    setShown(value);
    setText(format(value));
  }

  const accepts = (n: number): boolean =>
    Number.isFinite(n) &&
    (!integer || Number.isInteger(n)) &&
    (min === undefined || (minExclusive ? n > min : n >= min)) &&
    (max === undefined || n <= max);
  const parsed = text.trim() === "" ? Number.NaN : Number(text);

  return (
    <input
      {...props}
      type="number"
      inputMode={integer ? "numeric" : "decimal"}
      min={min}
      max={max}
      step={integer ? 1 : "any"}
      value={text}
      aria-invalid={!accepts(parsed) || undefined}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        const n = next.trim() === "" ? Number.NaN : Number(next);
        if (accepts(n)) {
          setShown(n);
          onValueChange(n);
        }
      }}
      className={controlClass(size, className)}
    />
  );
}
