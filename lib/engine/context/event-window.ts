import { durationToMs, ZDuration } from "../../journey/duration";
import type { TContextEvent, TJourneyVersion } from "../types";

const DAY = 86_400_000;
/** How far back a step may look: conditions over longer spans read a truncated history. */
export const MAX_EVENT_WINDOW_MS = 90 * DAY;
/** Newest events a step sees per profile: enough for counts and "within" checks, bounded for memory. */
export const EVENTS_PER_PROFILE = 200;
/** Without any windowed condition, a month of history covers "has ever done X" checks well enough. */
export const DEFAULT_EVENT_WINDOW_MS = 30 * DAY;

/**
 * The longest span any condition, wait or goal of the version reads (every duration in its graph
 * and settings), at least the default, capped at 90 days. Found by walking the JSON, so a new
 * node type with a windowed condition needs no change here.
 */
export function eventWindowMs(version: Pick<TJourneyVersion, "graph" | "settings">): number {
  let longest = DEFAULT_EVENT_WINDOW_MS;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== "object") return;
    const duration = ZDuration.safeParse(value);
    if (duration.success) longest = Math.max(longest, durationToMs(duration.data));
    else Object.values(value).forEach(visit);
  };
  visit(version.graph);
  visit(version.settings);
  return Math.min(longest, MAX_EVENT_WINDOW_MS);
}

/**
 * The events a step at `now` sees, as the loader reads them: inside [now − window, now], the
 * newest `EVENTS_PER_PROFILE`, newest first. The loader does this in SQL; the simulation calls
 * it before every step, so a long preview forgets old events exactly when the runner would.
 */
export function eventsInWindow(events: readonly TContextEvent[], now: Date, windowMs: number): TContextEvent[] {
  const to = now.getTime();
  const from = to - windowMs;
  return events
    .filter((event) => event.timestamp.getTime() >= from && event.timestamp.getTime() <= to)
    .sort((a, b) => b.timestamp.getTime() - a.timestamp.getTime())
    .slice(0, EVENTS_PER_PROFILE);
}
