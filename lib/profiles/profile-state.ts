import type { TIncomingEvent } from "./incoming-event";
import { boundTraitTimes, mergeTraitStates, setOwn, updateTraits, type TTraitState } from "./update-traits";

/** The parts of a profile that events change, as ingestion folds them in memory. */
export interface TProfileState extends TTraitState {
  timezone: string | null;
  locale: string | null;
  firstSeenAt: Date;
  lastSeenAt: Date;
}

type TPlace = "timezone" | "locale";
// The time zone and locale follow the newest event too; their times live beside the traits'.
const PLACE_KEYS: Record<TPlace, string> = { timezone: "$timezone", locale: "$locale" };

function placeTime(state: TProfileState, place: TPlace): number {
  const own = state.traitTimestamps[PLACE_KEYS[place]];
  if (own !== undefined) return Date.parse(own);
  return state[place] !== null && state.untimedAt ? state.untimedAt.getTime() : Number.NEGATIVE_INFINITY;
}

/** A new profile's state, before its first event is applied. */
export function emptyProfileState(at: Date): TProfileState {
  return { traits: {}, traitTimestamps: {}, timezone: null, locale: null, firstSeenAt: at, lastSeenAt: at };
}

/**
 * One event's effect on its profile: identify traits (newest per trait, see updateTraits), time
 * zone and locale from the context when the event is the newest to name them, first/last seen.
 */
export function applyEventToProfile(state: TProfileState, event: TIncomingEvent): TProfileState {
  const traits = event.traits ? updateTraits(state, event.traits, event.timestamp) : state;
  const next: TProfileState = {
    ...state,
    traits: traits.traits,
    traitTimestamps: traits.traitTimestamps,
    firstSeenAt: event.timestamp < state.firstSeenAt ? event.timestamp : state.firstSeenAt,
    lastSeenAt: event.timestamp > state.lastSeenAt ? event.timestamp : state.lastSeenAt,
  };
  for (const place of ["timezone", "locale"] as const) {
    const value = event[place];
    if (value === null || placeTime(next, place) > event.timestamp.getTime()) continue;
    next[place] = value;
    next.traitTimestamps = { ...next.traitTimestamps, [PLACE_KEYS[place]]: event.timestamp.toISOString() };
  }
  return next;
}

/**
 * A profile's events applied in order: the same as `events.reduce(applyEventToProfile, state)`,
 * but the working copy is made once, not per event. Ingestion folds every event of a batch into
 * its profile, and copying the trait times twice per event (time zone, locale) was the larger
 * part of that fold. `state` itself is never changed.
 */
export function applyEventsToProfile(state: TProfileState, events: readonly TIncomingEvent[]): TProfileState {
  const next: TProfileState = { ...state, traitTimestamps: { ...state.traitTimestamps } };
  for (const event of events) {
    if (event.traits) {
      // updateTraits returns fresh objects, so the working copy stays this fold's own
      const traits = updateTraits(next, event.traits, event.timestamp);
      next.traits = traits.traits;
      next.traitTimestamps = traits.traitTimestamps;
    }
    if (event.timestamp < next.firstSeenAt) next.firstSeenAt = event.timestamp;
    if (event.timestamp > next.lastSeenAt) next.lastSeenAt = event.timestamp;
    for (const place of ["timezone", "locale"] as const) {
      const value = event[place];
      if (value === null || placeTime(next, place) > event.timestamp.getTime()) continue;
      next[place] = value;
      setOwn(next.traitTimestamps, PLACE_KEYS[place], event.timestamp.toISOString());
    }
  }
  return next;
}

/** Two profiles as one, for a merge: newest trait values, newest place, widest seen window. */
export function mergeProfileStates(survivor: TProfileState, merged: TProfileState): TProfileState {
  const traits = mergeTraitStates(survivor, merged);
  const next: TProfileState = {
    ...survivor,
    untimedAt: undefined,
    traits: traits.traits,
    traitTimestamps: traits.traitTimestamps,
    firstSeenAt: merged.firstSeenAt < survivor.firstSeenAt ? merged.firstSeenAt : survivor.firstSeenAt,
    lastSeenAt: merged.lastSeenAt > survivor.lastSeenAt ? merged.lastSeenAt : survivor.lastSeenAt,
  };
  for (const place of ["timezone", "locale"] as const) {
    const [mine, theirs] = [placeTime(survivor, place), placeTime(merged, place)];
    const winner = theirs > mine ? merged : survivor;
    next[place] = winner[place] ?? (winner === merged ? survivor[place] : merged[place]);
    const time = Math.max(mine, theirs);
    if (Number.isFinite(time)) setOwn(next.traitTimestamps, PLACE_KEYS[place], new Date(time).toISOString());
  }
  return next;
}

/**
 * A stored state as it can be compared by a request that arrived at `receivedAt` and is written at
 * `present`: trait, time zone, locale and seen times later than `present` were never observed (a
 * future-dated event stored before event times were bounded) and count as `receivedAt` (see
 * boundTraitTimes). Times up to `present` stand: a request that arrived later may have been
 * written first, and an import's rows carry its start time. The caller writes the healed state
 * back, so a frozen profile heals on its next write. Returns `state` itself when nothing is later.
 */
export function boundProfileState(state: TProfileState, present: Date, receivedAt: Date): TProfileState {
  const traitTimestamps = boundTraitTimes(state.traitTimestamps, present, receivedAt);
  if (traitTimestamps === state.traitTimestamps && state.lastSeenAt <= present && state.firstSeenAt <= present) return state;
  return {
    ...state,
    traitTimestamps,
    firstSeenAt: state.firstSeenAt > present ? receivedAt : state.firstSeenAt,
    lastSeenAt: state.lastSeenAt > present ? receivedAt : state.lastSeenAt,
  };
}

/** The columns a profile state is read from. */
export interface TProfileColumns {
  traits: unknown;
  traitTimestamps: unknown;
  timezone: string | null;
  locale: string | null;
  firstSeenAt: Date;
  lastSeenAt: Date;
  updatedAt: Date;
}

const asRecord = (value: unknown): Record<string, unknown> => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/** A stored profile as a state; traits without a time of their own count as set at its last update. */
export function profileStateOf(row: TProfileColumns): TProfileState {
  const times: Record<string, string> = {};
  for (const [key, value] of Object.entries(asRecord(row.traitTimestamps))) if (typeof value === "string") setOwn(times, key, value);
  return { traits: { ...asRecord(row.traits) }, traitTimestamps: times, untimedAt: row.updatedAt, timezone: row.timezone, locale: row.locale, firstSeenAt: row.firstSeenAt, lastSeenAt: row.lastSeenAt };
}

/**
 * The state as it is written back: every trait gets an explicit time (untimed ones the time they
 * were read with), so a later update of the row does not make old traits look new.
 */
export function storedTraitTimestamps(state: TProfileState): Record<string, string> {
  const times = { ...state.traitTimestamps };
  if (!state.untimedAt) return times;
  const untimed = state.untimedAt.toISOString();
  for (const key of Object.keys(state.traits)) if (!Object.hasOwn(times, key)) setOwn(times, key, untimed);
  for (const place of ["timezone", "locale"] as const) if (state[place] !== null && !Object.hasOwn(times, PLACE_KEYS[place])) setOwn(times, PLACE_KEYS[place], untimed);
  return times;
}

/** Whether two states would store the same columns (cheap checks first: most events only move lastSeenAt). */
export function sameProfileState(a: TProfileState, b: TProfileState): boolean {
  if (a.firstSeenAt.getTime() !== b.firstSeenAt.getTime() || a.lastSeenAt.getTime() !== b.lastSeenAt.getTime() || a.timezone !== b.timezone || a.locale !== b.locale) return false;
  const sameTraits = a.traits === b.traits || JSON.stringify(a.traits) === JSON.stringify(b.traits);
  return sameTraits && (a.traitTimestamps === b.traitTimestamps || JSON.stringify(storedTraitTimestamps(a)) === JSON.stringify(storedTraitTimestamps(b)));
}
