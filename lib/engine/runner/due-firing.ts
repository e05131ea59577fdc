import { Cron } from "croner";

export type TScheduleSpec = { cron: string; timezone: string };

const HOUR = 3_600_000;
/** The furthest back a firing is looked for: covers yearly and leap-day schedules. */
const MAX_LOOKBACK = 5 * 366 * 24 * HOUR;

function cronOf(spec: TScheduleSpec): Cron | null {
  try {
    return new Cron(spec.cron, { timezone: spec.timezone, paused: true });
  } catch {
    return null; // publishing refuses invalid schedules; a damaged one simply never fires
  }
}

/** The last firing in (from, now], stepping forward from `from`; null when there is none. */
function lastIn(cron: Cron, from: Date, now: Date): Date | null {
  let last: Date | null = null;
  for (let next = cron.nextRun(from); next && next.getTime() <= now.getTime(); next = cron.nextRun(next)) last = next;
  return last;
}

/**
 * The firing of a schedule that is due at `now`: the latest cron time (in the schedule's time
 * zone, so "0 9 * * *" is 09:00 local on both sides of a DST change) that is ≤ now and strictly
 * after `after` (the version's publish time), or null. Only the most recent missed firing is
 * ever due — a runner that was down for three days runs once, not three times. The search looks
 * back over a window that doubles until it finds a firing, so a minutely cron published a year
 * ago costs a handful of steps, not half a million. Pure.
 */
export function dueFiring(spec: TScheduleSpec, after: Date, now: Date): Date | null {
  if (now.getTime() <= after.getTime()) return null;
  const cron = cronOf(spec);
  if (!cron) return null;
  for (let window = HOUR; ; window *= 2) {
    const from = new Date(Math.max(after.getTime(), now.getTime() - window));
    const last = lastIn(cron, from, now);
    if (last) return last;
    if (from.getTime() === after.getTime() || window > MAX_LOOKBACK) return null;
  }
}

/** The first firing strictly after `after`, for showing when a schedule journey runs next; null for a damaged schedule. */
export function nextFiring(spec: TScheduleSpec, after: Date): Date | null {
  return cronOf(spec)?.nextRun(after) ?? null;
}
