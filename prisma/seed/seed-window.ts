/** How far back the demo history reaches. */
export const SEED_HISTORY_DAYS = 120;

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** The span of time seeded events fall in: the last {@link SEED_HISTORY_DAYS} days up to `now`. */
export interface TSeedWindow {
  start: Date;
  end: Date;
}

/** The history window ending at `now`. */
export function createSeedWindow(now: Date): TSeedWindow {
  return { start: new Date(now.getTime() - SEED_HISTORY_DAYS * DAY_MS), end: new Date(now.getTime()) };
}
