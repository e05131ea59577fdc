import { TZDate } from "@date-fns/tz";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long ago, as a step log says it: "just now", "25 min ago", "2 h ago", "3 days ago". */
export function formatAgo(thenMs: number, nowMs: number): string {
  const ms = Math.max(0, nowMs - thenMs);
  if (ms < MINUTE) return "just now";
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} min ago`;
  if (ms < 2 * DAY) return `${Math.floor(ms / HOUR)} h ago`;
  return `${Math.floor(ms / DAY)} days ago`;
}

/** A window length for reasons: "24 h", "7 days", "30 min". */
export function formatSpan(ms: number): string {
  if (ms < HOUR) return `${Math.round(ms / MINUTE)} min`;
  if (ms < 2 * DAY || ms % DAY !== 0) return `${Math.round((ms / HOUR) * 10) / 10} h`;
  return `${ms / DAY} days`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * A moment in `timeZone` for reasons: "08:00 Europe/Paris" when it is within a day of `now`,
 * "2025-03-31 08:00 Europe/Paris" further out.
 */
export function formatLocalTime(at: Date, timeZone: string, now: Date): string {
  const local = new TZDate(at.getTime(), timeZone);
  const clock = `${pad(local.getHours())}:${pad(local.getMinutes())}`;
  const soon = Math.abs(at.getTime() - now.getTime()) < DAY;
  const day = `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
  return soon ? `${clock} ${timeZone}` : `${day} ${clock} ${timeZone}`;
}
