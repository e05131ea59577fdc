import { TZDate, tzOffset } from "@date-fns/tz";
import type { TWeekday } from "../../journey/nodes/wait/schema";

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Index of each weekday in `Date#getDay()` order (Sunday = 0). */
const DAY_INDEX: Record<TWeekday, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

/**
 * The instant a wall-clock time happens in `timeZone` on a calendar day. Across a DST change:
 * a time that happens twice (clocks go back) resolves to the first of the two; a time that never
 * happens (clocks go forward) moves forward by the gap (02:30 on a spring-forward night → 03:30),
 * which is when a person living there would say it is "half past two" at the earliest.
 */
export function localTimeToInstant(year: number, month: number, day: number, hours: number, minutes: number, timeZone: string): Date {
  const wall = Date.UTC(year, month, day, hours, minutes);
  // The offsets in force around that day: a DST change within a day either side is caught.
  const offsets = [...new Set([-DAY, 0, DAY].map((shift) => tzOffset(timeZone, new Date(wall + shift))))];
  const exact = offsets
    .map((offset) => wall - offset * MINUTE)
    .filter((instant) => tzOffset(timeZone, new Date(instant)) * MINUTE === wall - instant)
    .sort((a, b) => a - b);
  const first = exact[0];
  if (first !== undefined) return new Date(first);
  // In a gap: read the wall time with the offset from before the change, landing past the gap.
  const before = tzOffset(timeZone, new Date(wall - DAY));
  return new Date(wall - before * MINUTE);
}

/** Hours and minutes of an "HH:MM" string. */
export function parseClock(time: string): { hours: number; minutes: number } {
  const [h = "0", m = "0"] = time.split(":");
  return { hours: Number(h), minutes: Number(m) };
}

/**
 * The first moment strictly after `now` when the clock in `timeZone` shows `time` ("09:00"), on
 * one of `days` when given. DST-aware: a day with 23 or 25 hours still wakes at 09:00 local time.
 */
export function nextTimeOfDay(now: Date, time: string, timeZone: string, days?: readonly TWeekday[]): Date {
  const { hours, minutes } = parseClock(time);
  const local = new TZDate(now.getTime(), timeZone);
  const allowed = days && days.length > 0 ? new Set(days.map((d) => DAY_INDEX[d])) : undefined;
  // Eight days cover "today, if still ahead" plus a full week for weekday-restricted waits.
  for (let k = 0; k <= 8; k++) {
    const date = new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate() + k));
    if (allowed && !allowed.has(date.getUTCDay())) continue;
    const candidate = localTimeToInstant(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), hours, minutes, timeZone);
    if (candidate.getTime() > now.getTime()) return candidate;
  }
  // Unreachable with a non-empty day set; kept so a corrupted one still yields a future time.
  return new Date(now.getTime() + DAY);
}

/** Minutes since local midnight of `at` in `timeZone`. */
export function localMinuteOfDay(at: Date, timeZone: string): number {
  const local = new TZDate(at.getTime(), timeZone);
  return local.getHours() * 60 + local.getMinutes();
}
