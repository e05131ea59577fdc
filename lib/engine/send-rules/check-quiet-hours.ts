import type { TChannel } from "../../journey/channels";
import { formatLocalTime } from "../time/format-time";
import { localMinuteOfDay, nextTimeOfDay, parseClock } from "../time/next-time-of-day";
import type { TQuietHours, TStepContext } from "../types";

export type TQuietHoursCheck = { ok: true } | { ok: false; rule: TQuietHours; opensAt: Date; deferReason: string; skipReason: string };

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

function minutesOf(time: string): number {
  const { hours, minutes } = parseClock(time);
  return hours * 60 + minutes;
}

/**
 * Whether `now` falls in the channel's quiet hours in the profile's time zone (`timeZone`, already
 * resolved). A window whose start is after its end wraps midnight; equal bounds mean no window.
 * When quiet, `opensAt` is the next local occurrence of the window's end.
 */
export function checkQuietHours(channel: TChannel, context: Pick<TStepContext, "workspace">, timeZone: string, now: Date): TQuietHoursCheck {
  const rule = context.workspace.quietHours[channel];
  if (!rule || !CLOCK.test(rule.start) || !CLOCK.test(rule.end) || rule.start === rule.end) return { ok: true };
  const minute = localMinuteOfDay(now, timeZone);
  const start = minutesOf(rule.start);
  const end = minutesOf(rule.end);
  const quiet = start < end ? minute >= start && minute < end : minute >= start || minute < end;
  if (!quiet) return { ok: true };
  const opensAt = nextTimeOfDay(now, rule.end, timeZone);
  return {
    ok: false,
    rule,
    opensAt,
    deferReason: `quiet hours until ${formatLocalTime(opensAt, timeZone, now)}`,
    skipReason: `quiet hours (${rule.start}–${rule.end} ${timeZone})`,
  };
}
