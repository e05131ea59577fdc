const FIELD_RANGES: readonly [min: number, max: number][] = [
  [0, 59], // minute
  [0, 23], // hour
  [1, 31], // day of month
  [1, 12], // month
  [0, 7], // day of week (0 and 7 are Sunday)
];

const NAMES: readonly (readonly string[])[] = [
  [],
  [],
  [],
  ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
  ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"],
];

function toNumber(token: string, field: number): number | undefined {
  const named = NAMES[field]?.indexOf(token.toUpperCase()) ?? -1;
  // Month names count from 1, weekday names from 0, matching the numeric forms.
  if (named >= 0) return field === 3 ? named + 1 : named;
  return /^\d+$/.test(token) ? Number(token) : undefined;
}

function isValidPart(part: string, field: number): boolean {
  const range = FIELD_RANGES[field];
  if (range === undefined) return false;
  const [min, max] = range;
  const [base = "", step, ...rest] = part.split("/");
  if (rest.length > 0) return false;
  if (step !== undefined && !(/^\d+$/.test(step) && Number(step) > 0)) return false;
  if (base === "*") return true;
  const bounds = base.split("-");
  if (bounds.length > 2) return false;
  const values = bounds.map((b) => toNumber(b, field));
  if (values.some((v) => v === undefined || v < min || v > max)) return false;
  const [from, to] = values as number[];
  return to === undefined || (from !== undefined && from <= to);
}

/**
 * A standard 5-field cron expression (minute hour day-of-month month day-of-week) with `*`, lists,
 * ranges, steps and three-letter names. Seconds fields and `@daily` shorthands are refused so the
 * scheduler and the editor agree on one dialect.
 */
export function isValidCron(expression: string): boolean {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) return false;
  return fields.every((field, index) => field.split(",").every((part) => isValidPart(part, index)));
}

/** An IANA time zone the runtime knows ("Europe/Paris", "UTC"). */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === "") return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}
